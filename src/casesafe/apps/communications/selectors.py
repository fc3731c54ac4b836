"""Reads of messages, approvals and deliveries, always from the acting user."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from casesafe.apps.accounts.access import AccessDenied, agency_scope, has_role, is_member
from casesafe.apps.cases import selectors as case_selectors
from casesafe.apps.communications.models import Approval, Message, MessagePhoto


def case_for(user: Any, ref: int | str) -> Any:
    """A case the user may open, by id or reference: 404 outside the agency, AccessDenied
    outside the caseload (as everywhere else)."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        case, _ = case_selectors.case_get(user, int(ref))
        return case
    if not isinstance(ref, str) or not ref:
        raise Http404("No such case.")
    case, _ = case_selectors.case_by_reference(user, ref)
    return case


def _visible(user: Any) -> QuerySet[Message]:
    """Messages the user may see: their own; those of the cases they may open; agency
    posts for the communications team and supervisors."""
    base = agency_scope(user, Message.objects.all()).select_related("case", "author")
    if not is_member(user):
        return base.none()
    cases = case_selectors.cases_for_user(user, "mine").values_list("pk", flat=True)
    visible = Q(author=user) | Q(case_id__in=list(cases))
    if has_role(user, "communications", "supervisor"):
        visible |= Q(case__isnull=True)
    return base.filter(visible)


def messages_for_user(user: Any) -> QuerySet[Message]:
    return _visible(user)[:200]  # type: ignore[return-value]


def message_get(user: Any, pk: int) -> Message:
    message = agency_scope(user, Message.objects.all()).filter(pk=pk).first()
    if message is None:
        raise Http404("No such message.")
    if not _visible(user).filter(pk=pk).exists():
        raise AccessDenied("You may not open this message.")
    return message


def draft_photos(user: Any, ids: Any) -> list[MessagePhoto]:
    """The author's own photos not yet sent, among `ids` (anything else is ignored)."""
    wanted = [int(i) for i in ids or () if str(i).isdigit()]
    if not wanted or not is_member(user):
        return []
    return list(
        agency_scope(user, MessagePhoto.objects.all()).filter(
            pk__in=wanted, author=user, message__isnull=True
        )
    )


def photo_get(user: Any, pk: int) -> MessagePhoto:
    """A photo's clean copy for someone who may see it: a draft only by its author; an
    attached photo by whoever may open the message or decide on its approval."""
    photo = (
        agency_scope(user, MessagePhoto.objects.all())
        .select_related("message", "message__case")
        .filter(pk=pk)
        .first()
    )
    if photo is None:
        raise Http404("No such photo.")
    if photo.message is None:
        if photo.author_id != user.pk:
            raise AccessDenied("You may not open this photo.")
        return photo
    from casesafe.apps.communications.services import can_approve

    if (
        not can_approve(user, photo.message)
        and not _visible(user).filter(pk=photo.message_id).exists()
    ):
        raise AccessDenied("You may not open this photo.")
    return photo


def messages_failed(user: Any) -> QuerySet[Message]:
    return _visible(user).filter(author=user, status=Message.Status.FAILED)


def approvals_waiting(user: Any) -> list[Approval]:
    from casesafe.apps.communications.services import can_approve

    rows = (
        agency_scope(user, Approval.objects.all(), field="message__agency")
        .filter(state=Approval.State.OPEN)
        .select_related("message", "message__case", "requested_by")
    )
    return [a for a in rows if can_approve(user, a.message)]


def approval_get(user: Any, pk: int) -> Approval:
    approval = (
        agency_scope(user, Approval.objects.all(), field="message__agency")
        .select_related("message", "message__case", "requested_by", "decided_by")
        .filter(pk=pk)
        .first()
    )
    if approval is None:
        raise Http404("No such approval.")
    from casesafe.apps.communications.services import can_approve

    if not can_approve(user, approval.message) and approval.message.author_id != user.pk:
        raise AccessDenied("You may not open this approval.")
    return approval


def approved_accounts(agency: Any) -> list[dict[str, Any]]:
    """Every catalogue platform with the agency account to use, or why there is none."""
    policy = case_selectors.active_policy(agency)
    out = []
    for slug, platform in sorted(case_selectors.catalogue().platforms.items()):
        rule = policy.rule_for(slug) if policy is not None else None
        if rule is None or not rule.accounts:
            why = (
                "no agency policy is loaded"
                if policy is None
                else "the agency's policy does not approve it"
            )
            out.append({"slug": slug, "name": platform.name, "account": None, "why": why})
            continue
        account = rule.accounts[0]
        out.append(
            {
                "slug": slug,
                "name": platform.name,
                "account": account,
                "purposes": sorted(rule.purposes),
                "audiences": sorted(rule.audiences),
                "why": "",
            }
        )
    return out
