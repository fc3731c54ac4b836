"""Case pages. Thin: every read goes through `selectors`, every write through `services`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from casesafe import policy as pol
from casesafe.apps.accounts.access import AccessDenied, has_role, role_required
from casesafe.apps.cases import forms, selectors, services
from casesafe.apps.cases.models import Case, CasePerson, Consent, ContactBoundary, Relationship
from casesafe.apps.core.audit import access_event

CASE_ROLES = ("caseworker", "supervisor", "administrator")


def _open(request: HttpRequest, pk: int, action: str = "view") -> tuple[Case, str]:
    """The case if the user may open it; writes the access event either way."""
    case = selectors.case_in_agency(request.user, pk)
    try:
        case, kind = selectors.case_get(request.user, pk)
    except AccessDenied:
        access_event(request, "refused", "denied", f"case:{case.pk}", attempted=action)
        raise
    access_event(request, action, "success", f"case:{case.pk}", via=kind)
    return case, kind


def _people(case: Case) -> list[CasePerson]:
    return selectors.case_people(case)


@role_required()
def case_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    scopes = [("mine", "My caseload")]
    if user.unit_id or has_role(user, "supervisor"):  # type: ignore[union-attr]
        scopes.append(("unit", "My unit"))
    if has_role(user, "administrator"):
        scopes.append(("agency", "Whole agency"))
    scope = request.GET.get("scope", "mine")
    if scope not in dict(scopes):
        scope = "mine"
    cases = selectors.cases_for_user(user, scope).prefetch_related("assigned_workers")
    flagged = selectors.cases_with_child_boundaries(cases)
    rows = [
        {
            "case": c,
            "flagged": c.pk in flagged,
            "access": selectors.case_access_kind(user, c),
            "manage": selectors.can_manage_case(user, c),
        }
        for c in cases
    ]
    access_event(request, "list", "success", "cases", scope=scope, count=len(rows))
    return render(
        request,
        "cases/list.html",
        {
            "rows": rows,
            "scopes": scopes,
            "scope": scope,
            "scope_label": dict(scopes)[scope],
            "can_create": has_role(user, "supervisor", "administrator"),
        },
    )


def _label_boundary(b: ContactBoundary) -> dict[str, Any]:
    return {"b": b, "protects_child": b.to_person.role in ("child", "sibling")}


@role_required(*CASE_ROLES)
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        case, kind = _open(request, pk)
    except AccessDenied:
        case = selectors.case_in_agency(request.user, pk)
        return render(
            request,
            "cases/denied.html",
            {"case": case, "can_break_glass": selectors.can_break_glass(request.user, case)},
            status=403,
        )
    today = timezone.localdate()
    boundaries = selectors.case_boundaries(case)
    active_ids = {
        int(b.boundary_id)
        for b in pol.active_boundaries([selectors._boundary_fact(x) for x in boundaries], today)
    }
    policy = selectors.active_policy(case.agency)
    consents = selectors.case_consents(case)
    names = {s: p.name for s, p in selectors.catalogue().platforms.items()}
    context = {
        "case": case,
        "access": kind,
        "opening": selectors.active_break_glass(request.user, case)
        if kind == "break_glass"
        else None,
        "people": _people(case),
        "relationships": selectors.case_relationships(case),
        "boundaries": [_label_boundary(b) for b in boundaries if b.pk in active_ids],
        "other_boundaries": [b for b in boundaries if b.pk not in active_ids],
        "past_boundaries": [
            b for b in selectors.case_boundaries(case, current_only=False) if not b.is_current
        ],
        "consents": [
            {
                "c": c,
                "state": c.state_on(today),
                "channels": ["every channel"]
                if "*" in c.channels
                else [names.get(s, s) for s in c.channels],
                "purposes": [p.replace("_", " ") for p in c.purposes],
            }
            for c in consents
        ],
        "grid": selectors.contact_grid(case, policy, today),
        "policy": policy,
        "channel_names": names,
        "workers": list(case.assigned_workers.all()),
    }
    return render(request, "cases/detail.html", context)


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def break_glass(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_in_agency(request.user, pk)
    if selectors.case_access_kind(request.user, case) is not None:
        return redirect("cases:detail", pk=case.pk)
    if not selectors.can_break_glass(request.user, case):
        raise AccessDenied("Your role cannot open cases outside a caseload.")
    form = forms.BreakGlassForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.break_glass_open(request.user, case, form.cleaned_data["reason"], request)
        except services.CaseError as exc:
            form.add_error("reason", str(exc))
        else:
            messages.warning(
                request,
                f"You have opened {case.reference} for {selectors.BREAK_GLASS_MINUTES} minutes. "
                "Your supervisor will review this.",
            )
            return redirect("cases:detail", pk=case.pk)
    return render(
        request,
        "cases/break_glass.html",
        {"case": case, "form": form, "minutes": selectors.BREAK_GLASS_MINUTES},
    )


@role_required("supervisor", "administrator")
@require_http_methods(["GET", "POST"])
def break_glass_review(request: HttpRequest, pk: int) -> HttpResponse:
    opening = selectors.break_glass_for_review(request.user).filter(pk=pk).first()
    if opening is None:
        raise Http404("Nothing to review.")
    if request.method == "POST":
        services.break_glass_review(request.user, opening, request)
        messages.success(request, "Marked as reviewed.")
        return redirect("core:dashboard")
    access_event(request, "view", "success", f"case:{opening.case_id}", what="break_glass")
    return render(request, "cases/break_glass_review.html", {"opening": opening})


def _form_page(
    request: HttpRequest, case: Case, form: Any, title: str, **extra: Any
) -> HttpResponse:
    return render(request, "cases/form.html", {"case": case, "form": form, "title": title, **extra})


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def person_add(request: HttpRequest, pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    form = forms.PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.person_add(request.user, case, form.to_data(), request)
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Person added.")
            return redirect("cases:detail", pk=case.pk)
    return _form_page(request, case, form, "Add a person")


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int, person_pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    person = get_object_or_404(CasePerson, pk=person_pk, case=case)
    form = forms.PersonForm(request.POST or None, initial=forms.PersonForm.initial_from(person))
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(request.user, person, form.to_data(), request)
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Changes saved.")
            return redirect("cases:detail", pk=case.pk)
    return _form_page(request, case, form, f"Change details of {person.name}")


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def relationship_add(request: HttpRequest, pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    form = forms.RelationshipForm(request.POST or None, people=_people(case))
    if request.method == "POST" and form.is_valid():
        try:
            services.relationship_add(
                request.user,
                case,
                from_person=form.person("from_person"),
                to_person=form.person("to_person"),
                kind=form.cleaned_data["kind"],
                note=form.cleaned_data["note"],
                request=request,
            )
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Relationship added.")
            return redirect("cases:detail", pk=case.pk)
    return _form_page(request, case, form, "Add a relationship")


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def relationship_end(request: HttpRequest, pk: int, relationship_pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    relationship = get_object_or_404(
        Relationship, pk=relationship_pk, case=case, ended_on__isnull=True
    )
    form = forms.EndRelationshipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.relationship_end(
                request.user,
                case,
                relationship,
                ended_on=form.cleaned_data["ended_on"],
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Relationship ended. It stays in the case history.")
            return redirect("cases:detail", pk=case.pk)
    return _form_page(
        request,
        case,
        form,
        "End a relationship",
        intro=(
            f"{relationship.from_person.name} is {relationship.get_kind_display()} "
            f"{relationship.to_person.name}. Ending it keeps it in the case history."
        ),
    )


def _boundary_input(form: forms.BoundaryForm) -> services.BoundaryInput:
    d = form.cleaned_data
    return services.BoundaryInput(
        from_person=form.person("from_person"),
        to_person=form.person("to_person"),
        kind=d["kind"],
        channels=form.channel_values(),
        source=d["source"],
        starts_on=d.get("starts_on"),
        ends_on=d.get("ends_on"),
        note=d.get("note") or "",
    )


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def boundary_add(request: HttpRequest, pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    form = forms.BoundaryForm(request.POST or None, people=_people(case))
    if request.method == "POST" and form.is_valid():
        try:
            services.boundary_add(request.user, case, _boundary_input(form), request)
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Contact boundary added.")
            return redirect("cases:detail", pk=case.pk)
    return _form_page(request, case, form, "Add a contact boundary")


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def boundary_change(request: HttpRequest, pk: int, boundary_pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    boundary = get_object_or_404(
        ContactBoundary, pk=boundary_pk, case=case, superseded_at__isnull=True
    )
    initial = {
        "from_person": str(boundary.from_person_id),
        "to_person": str(boundary.to_person_id),
        "kind": boundary.kind,
        "all_channels": boundary.all_channels,
        "channels": [] if boundary.all_channels else boundary.channels,
        "source": boundary.source,
        "starts_on": boundary.starts_on,
        "ends_on": boundary.ends_on,
        "note": boundary.note or "",
    }
    form = forms.BoundaryForm(request.POST or None, people=_people(case), initial=initial)
    end_form = forms.EndBoundaryForm()
    if request.method == "POST" and form.is_valid():
        try:
            services.boundary_change(request.user, case, boundary, _boundary_input(form), request)
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, "Boundary changed. The earlier version is kept in the history."
            )
            return redirect("cases:detail", pk=case.pk)
    return _form_page(
        request,
        case,
        form,
        "Change a contact boundary",
        boundary=boundary,
        end_form=end_form,
        intro="Saving ends the current boundary and starts a new one; both stay in the case history.",
    )


@role_required(*CASE_ROLES)
@require_http_methods(["POST"])
def boundary_end(request: HttpRequest, pk: int, boundary_pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change")
    boundary = get_object_or_404(ContactBoundary, pk=boundary_pk, case=case)
    form = forms.EndBoundaryForm(request.POST)
    if form.is_valid():
        try:
            services.boundary_end(
                request.user, case, boundary, form.cleaned_data["reason"], request
            )
        except services.CaseError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Boundary ended. It stays in the case history.")
            return redirect("cases:detail", pk=case.pk)
    else:
        messages.error(request, "Say why the boundary ends.")
    return redirect("cases:boundary-change", pk=case.pk, boundary_pk=boundary.pk)


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def consent_add(request: HttpRequest, pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    form = forms.ConsentForm(request.POST or None, request.FILES or None, people=_people(case))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.consent_record(
                request.user,
                case,
                services.ConsentInput(
                    person=form.person("person"),
                    given_by=form.person("given_by"),
                    given_by_role=d["given_by_role"],
                    channels=tuple(d["channels"]),
                    purposes=tuple(d["purposes"]),
                    content_kinds=tuple(d["content_kinds"]),
                    obtained_on=d["obtained_on"],
                    expires_on=d.get("expires_on"),
                    note=d.get("note") or "",
                    evidence=d["evidence"].read(),
                ),
                request,
            )
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Consent recorded.")
            return redirect("cases:detail", pk=case.pk)
    return _form_page(request, case, form, "Record a consent", multipart=True)


@role_required(*CASE_ROLES)
@require_http_methods(["GET", "POST"])
def consent_revoke(request: HttpRequest, pk: int, consent_pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "change" if request.method == "POST" else "view")
    consent = get_object_or_404(Consent, pk=consent_pk, case=case)
    form = forms.RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.consent_revoke(
                request.user,
                case,
                consent,
                revoked_on=form.cleaned_data["revoked_on"],
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, "Consent revoked. The consent and its revocation stay in the history."
            )
            return redirect("cases:detail", pk=case.pk)
    return _form_page(request, case, form, "Revoke a consent", consent=consent)


@role_required(*CASE_ROLES)
def consent_evidence(request: HttpRequest, pk: int, consent_pk: int) -> HttpResponse:
    case, _ = _open(request, pk, "export")
    consent = get_object_or_404(Consent, pk=consent_pk, case=case)
    if not consent.evidence_path:
        raise Http404("No form on file.")
    data = services.evidence_read(consent.evidence_path)
    ext = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}[
        consent.evidence_content_type
    ]
    response = HttpResponse(data, content_type=consent.evidence_content_type)
    response["Content-Disposition"] = f'attachment; filename="consent-{consent.pk}.{ext}"'
    return response


@role_required()
def tools(request: HttpRequest) -> HttpResponse:
    form = forms.ToolForm(request.GET or None)
    results = None
    policy = selectors.active_policy(request.user.agency)  # type: ignore[union-attr]
    if form.is_valid():
        d = form.cleaned_data
        results = pol.recommend(
            d["purpose"],
            d["audience"],
            policy,
            selectors.catalogue(),
            today=timezone.localdate(),
            recipient_age=d.get("recipient_age"),
        )
    return render(request, "cases/tools.html", {"form": form, "results": results, "policy": policy})


@role_required("administrator")
@require_http_methods(["GET", "POST"])
def policy_page(request: HttpRequest) -> HttpResponse:
    current = selectors.active_policy_version(request.user.agency)  # type: ignore[union-attr]
    initial = {"yaml_text": current.yaml_text if current else pol.demo_policy_text()}
    form = forms.PolicyForm(request.POST or None, request.FILES or None, initial=initial)
    issues: tuple[pol.Issue, ...] = ()
    if request.method == "POST" and form.is_valid():
        try:
            version = services.policy_upload(request.user, form.cleaned_data["yaml_text"], request)
        except services.PolicyRefused as exc:
            issues = exc.issues
        else:
            messages.success(
                request, f"Policy {version.policy_id} version {version.version} is now in force."
            )
            return redirect("cases:policy")
    return render(
        request,
        "cases/policy.html",
        {
            "form": form,
            "issues": issues,
            "current": current,
            "versions": selectors.policy_versions(request.user),
        },
    )


@role_required("administrator")
def policy_version(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(selectors.policy_versions(request.user), pk=pk)
    return render(request, "cases/policy_version.html", {"version": version})


@role_required("supervisor", "administrator")
@require_http_methods(["GET", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    form = forms.CaseSetupForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            case = services.case_create(
                request.user,
                reference=d["reference"],
                unit=d["unit"],
                workers=d["workers"],
                request=request,
            )
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Case {case.reference} created.")
            if selectors.case_access_kind(request.user, case):
                return redirect("cases:detail", pk=case.pk)
            return redirect("cases:list")
    return render(request, "cases/setup.html", {"form": form, "title": "New case"})


@role_required("supervisor", "administrator")
@require_http_methods(["GET", "POST"])
def case_settings(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_in_agency(request.user, pk)
    if not selectors.can_manage_case(request.user, case):
        access_event(request, "refused", "denied", f"case:{case.pk}", attempted="settings")
        raise AccessDenied("Only a supervisor of the case's unit or an administrator does this.")
    initial = {
        "unit": case.unit_id,
        "workers": list(case.assigned_workers.values_list("pk", flat=True)),
        "status": case.status,
    }
    form = forms.CaseSetupForm(
        request.POST or None, user=request.user, editing=True, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.case_update(
                request.user,
                case,
                unit=d["unit"],
                workers=d["workers"],
                status=d["status"],
                request=request,
            )
        except services.CaseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Assignment saved.")
            return redirect("cases:list")
    return render(
        request,
        "cases/setup.html",
        {"form": form, "title": f"Assignment of {case.reference}", "case": case},
    )
