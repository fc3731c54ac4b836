"""The case's Record tab, the court export, and the administrators' access log."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from casesafe.apps.accounts.access import role_required
from casesafe.apps.core.audit import access_event
from casesafe.apps.records import selectors, services
from casesafe.apps.records.export import case_export_zip


def _case(request: HttpRequest, case_pk: int):  # type: ignore[no-untyped-def]
    from casesafe.apps.cases.selectors import case_get

    case, _ = case_get(request.user, case_pk)
    return case


@role_required()
@require_http_methods(["GET"])
def case_record(request: HttpRequest, case_pk: int) -> HttpResponse:
    case = _case(request, case_pk)
    kind = request.GET.get("kind", "")
    entries = selectors.case_record(request.user, case, kind=kind)
    access_event(request, "view", "success", f"case:{case.pk}", part="record")
    return render(
        request,
        "records/case_record.html",
        {
            "case": case,
            "entries": entries,
            "kinds": selectors.case_record_kinds(case),
            "kind": kind,
            "integrity": selectors.integrity(case.agency, "case"),
        },
    )


@role_required()
@require_POST
def case_export(request: HttpRequest, case_pk: int) -> HttpResponse:
    case = _case(request, case_pk)
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(
            request,
            "Say why the record is exported (the court order, hearing or request) before exporting.",
        )
        return redirect("records:case-record", case_pk=case.pk)
    try:
        data, result = case_export_zip(
            case.agency, case.reference, reason=reason, actor=request.user
        )
    except services.RecordError as exc:
        messages.error(request, str(exc))
        return redirect("records:case-record", case_pk=case.pk)
    access_event(request, "export", "success", f"case:{case.pk}", bundle=result.bundle_hash)
    response = HttpResponse(data, content_type="application/zip")
    # The file name carries the case's database id, not its reference or any name.
    response["Content-Disposition"] = f'attachment; filename="casesafe-record-{case.pk}.zip"'
    return response


@role_required("administrator")
@require_http_methods(["GET"])
def access_log(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    entries = selectors.access_log(request.user, kind=kind)
    return render(
        request,
        "records/access_log.html",
        {
            "entries": entries,
            "kind": kind,
            "integrity": selectors.integrity(request.user.agency, "access"),
        },  # type: ignore[union-attr]
    )
