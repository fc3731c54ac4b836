"""No admin pages for case data: cases, people, consents and boundaries hold children's
identifiers and must go through the caseload checks, the record and the audit of the case
pages. Administrators keep the policy on its own page."""
