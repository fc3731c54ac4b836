"""security.md 6: deny by default, as a matrix of every URL pattern × person.

Every route the project defines must appear in RULES (or be an admin route, which only
agency administrators may open). A new route without a rule fails this test, so no one
can add a page and forget to decide who may see it.

People (see conftest): alice caseworker unit A, bob caseworker unit B (same agency, not
the right unit), charlie caseworker in another agency, sam supervisor of unit A, ada
administrator, cora communications, anon not signed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

PEOPLE = ("alice", "bob", "charlie", "sam", "ada", "cora", "anon")
MEMBERS = frozenset(PEOPLE) - {"anon"}


@dataclass(frozen=True)
class Rule:
    path: Callable[[dict[str, Any]], str] | str
    allowed: frozenset[str]  # who gets a 2xx
    method: str = "get"
    public: bool = False  # anon allowed too
    data: dict[str, Any] | None = None  # a POST body that a permitted person would send
    json: bool = False


CASE_TEAM = frozenset({"alice", "sam"})  # assigned worker and the unit's supervisor


def _case(suffix: str = "") -> Callable[[dict[str, Any]], str]:
    return lambda w: f"/cases/{w['case'].pk}/{suffix.format(**w)}"


CASE_RULES: dict[str, Rule] = {
    "cases:list": Rule("/cases/", MEMBERS),
    "cases:tools": Rule("/cases/tools/", MEMBERS),
    "cases:policy": Rule("/cases/policy/", frozenset({"ada"})),
    "cases:policy-version": Rule(
        lambda w: f"/cases/policy/{w['policy_version'].pk}/", frozenset({"ada"})
    ),
    "cases:break-glass-review": Rule(
        lambda w: f"/cases/break-glass/{w['break_glass'].pk}/review/", frozenset({"sam"})
    ),
    "cases:detail": Rule(_case(), CASE_TEAM),
    "cases:break-glass": Rule(_case("break-glass/"), frozenset({"bob", "ada"})),
    "cases:new": Rule("/cases/new/", frozenset({"sam", "ada"})),
    "cases:settings": Rule(_case("settings/"), frozenset({"sam", "ada"})),
    "cases:person-add": Rule(_case("people/add/"), CASE_TEAM),
    "cases:person-edit": Rule(_case("people/{case_person.pk}/edit/"), CASE_TEAM),
    "cases:relationship-add": Rule(_case("relationships/add/"), CASE_TEAM),
    "cases:relationship-end": Rule(_case("relationships/{case_relationship.pk}/end/"), CASE_TEAM),
    "cases:boundary-add": Rule(_case("boundaries/add/"), CASE_TEAM),
    "cases:boundary-change": Rule(_case("boundaries/{case_boundary.pk}/change/"), CASE_TEAM),
    "cases:boundary-end": Rule(
        _case("boundaries/{case_boundary.pk}/end/"), frozenset(), method="post"
    ),
    "cases:consent-add": Rule(_case("consents/add/"), CASE_TEAM),
    "cases:consent-revoke": Rule(_case("consents/{case_consent.pk}/revoke/"), CASE_TEAM),
    "cases:consent-evidence": Rule(_case("consents/{case_consent.pk}/evidence/"), CASE_TEAM),
    "api-v1:cases-list": Rule("/api/v1/cases", MEMBERS),
    "api-v1:cases-detail": Rule(lambda w: f"/api/v1/cases/{w['case'].pk}", CASE_TEAM),
    "api-v1:cases-context": Rule(lambda w: f"/api/v1/cases/{w['case'].pk}/context", CASE_TEAM),
    "api-v1:cases-consent-record": Rule(
        lambda w: f"/api/v1/cases/{w['case'].pk}/consents", frozenset(), method="post"
    ),
    "api-v1:cases-consent-revoke": Rule(
        lambda w: f"/api/v1/cases/{w['case'].pk}/consents/{w['case_consent'].pk}/revoke",
        frozenset(),
        method="post",
    ),
}

RECORDS_RULES: dict[str, Rule] = {
    "records:case-record": Rule(lambda w: f"/records/cases/{w['case'].pk}/record/", CASE_TEAM),
    "records:case-export": Rule(
        lambda w: f"/records/cases/{w['case'].pk}/record/export/",
        CASE_TEAM,
        method="post",
        data={"reason": "court order 12"},
    ),
    "records:access-log": Rule("/records/access-log/", frozenset({"ada"})),
}


_SEND = {
    "case": "M-1",
    "platform": "sms",
    "purpose": "scheduling",
    "audience": "private",
    "recipients": ["Matrix Parent"],
    "text": "See you Thursday",
}


def _message(w: dict[str, Any], public: bool = False) -> Any:
    """A message by alice in case M-1, or a public post by cora waiting for approval."""
    from casesafe.apps.communications.models import Approval, Message

    key = "_post" if public else "_message"
    if key not in w:
        author = w["cora"] if public else w["alice"]
        w[key] = Message.objects.create(
            agency=author.agency,
            case=None if public else w["case"],
            author=author,
            platform="facebook-page" if public else "sms",
            purpose="recruitment" if public else "scheduling",
            audience="public" if public else "private",
            text="Matrix text",
        )
        if public:
            w["_approval"] = Approval.objects.create(message=w[key], requested_by=author)
    return w[key]


def _photo(w: dict[str, Any]) -> Any:
    """The clean copy of a photo attached to alice's message in M-1."""
    import io

    from PIL import Image

    from casesafe.apps.communications.models import MessagePhoto

    if "_photo" not in w:
        message = _message(w)
        buffer = io.BytesIO()
        Image.new("RGB", (16, 16), (200, 200, 200)).save(buffer, "PNG")
        photo = MessagePhoto(
            agency=message.agency,
            case=message.case,
            author=message.author,
            message=message,
            mime="image/png",
            original_sha256="0" * 64,
            decision="allow",
        )
        photo.seal(buffer.getvalue())
        photo.save()
        w["_photo"] = photo
    return w["_photo"]


COMMUNICATIONS_RULES: dict[str, Rule] = {
    "communications:messages": Rule("/messages/", MEMBERS),
    "communications:compose": Rule("/messages/compose/", MEMBERS),
    "communications:compose-preflight": Rule(
        "/messages/compose/preflight/",
        MEMBERS,
        method="post",
        data={"case": "", "platform": "facebook-page", "purpose": "recruitment", "text": "Hi"},
    ),
    "communications:message": Rule(lambda w: f"/messages/{_message(w).pk}/", CASE_TEAM),
    "communications:message-confirm": Rule(
        lambda w: f"/messages/{_message(w).pk}/confirm/", frozenset(), method="post"
    ),
    "communications:message-retry": Rule(
        lambda w: f"/messages/{_message(w).pk}/retry/", frozenset(), method="post"
    ),
    "communications:message-resubmit": Rule(
        lambda w: f"/messages/{_message(w).pk}/resubmit/", frozenset(), method="post"
    ),
    "communications:approval": Rule(
        lambda w: (_message(w, public=True), f"/messages/approvals/{w['_approval'].pk}/")[1],
        frozenset({"sam", "cora"}),
    ),
    "communications:photo": Rule(lambda w: f"/messages/photos/{_photo(w).pk}/", CASE_TEAM),
    "api-v1:messages-create": Rule(
        "/api/v1/messages", CASE_TEAM, method="post", json=True, data=_SEND
    ),
    "api-v1:preflight": Rule(
        "/api/v1/preflight",
        CASE_TEAM,
        method="post",
        json=True,
        data={
            "case": "M-1",
            "platform": "sms",
            "purpose": "scheduling",
            "audience": "private",
            "recipients": ["Matrix Parent"],
            "text": "See you Thursday",
        },
    ),
}


RULES: dict[str, Rule] = {
    "core:dashboard": Rule("/", MEMBERS),
    "healthz": Rule("/healthz", frozenset(PEOPLE), public=True),
    "accounts:login": Rule(
        "/accounts/login/", frozenset({"anon"}), public=True
    ),  # members are redirected
    "accounts:logout": Rule("/accounts/logout/", frozenset(), method="get"),  # POST only
    "accounts:mfa-verify": Rule("/accounts/mfa/verify/", frozenset({"sam", "ada"})),
    "accounts:mfa-enrol": Rule("/accounts/mfa/enrol/", MEMBERS),
    "accounts:account": Rule("/accounts/", MEMBERS),
    "accounts:password-change": Rule("/accounts/password/", MEMBERS),
    # Reset pages are for people who cannot sign in; they reveal nothing about accounts.
    "accounts:password-reset": Rule("/accounts/password/reset/", frozenset(PEOPLE), public=True),
    "accounts:password-reset-done": Rule(
        "/accounts/password/reset/sent/", frozenset(PEOPLE), public=True
    ),
    "accounts:password-reset-confirm": Rule(
        "/accounts/password/reset/MQ/bad-token/", frozenset(PEOPLE), public=True
    ),
    "accounts:password-reset-complete": Rule(
        "/accounts/password/reset/done/", frozenset(PEOPLE), public=True
    ),
    "accounts:token-revoke": Rule(
        lambda f: f"/accounts/tokens/{f['alice_token'].pk}/revoke/", frozenset(), method="post"
    ),
    "api-v1:me": Rule("/api/v1/me", MEMBERS),
    "api-v1:openapi-json": Rule("/api/v1/openapi.json", MEMBERS),
    "api-v1:api-root": Rule("/api/v1/", frozenset()),
    "api-v1:screen_text": Rule(
        "/api/v1/screen/text", MEMBERS, method="post", data={"text": "See you Thursday"}, json=True
    ),
    "checks:check-message": Rule("/check-message/", MEMBERS),
    "checks:check-message-result": Rule(
        "/check-message/result/", MEMBERS, method="post", data={"text": "Hi", "audience": "public"}
    ),
    "checks:public-check": Rule("/check", frozenset(PEOPLE), public=True),
    "checks:check-photo": Rule("/check-photo/", MEMBERS),
    "api-v1:messages-photo-attach": Rule(
        "/api/v1/messages/photos", frozenset(), method="post"
    ),  # 4xx without a photo
    "api-v1:screen_image": Rule(
        "/api/v1/screen/image", frozenset(), method="post"
    ),  # 4xx without a photo
    "api-v1:openapi-view": Rule("/api/v1/docs", MEMBERS),
    **CASE_RULES,
    **RECORDS_RULES,
    **COMMUNICATIONS_RULES,
}


def _walk(resolver: URLResolver, namespace: str = "", prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found += _walk(entry, ns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            found.append((f"{namespace}{entry.name}", prefix + str(entry.pattern)))
    return found


ALL_ROUTES = _walk(get_resolver())


def test_every_route_has_an_access_rule():
    unknown = sorted(
        {name for name, _ in ALL_ROUTES if not name.startswith("admin:") and name not in RULES}
    )
    assert unknown == [], f"routes without an access rule in RULES: {unknown}"


@pytest.fixture
def world(people, signed_in):
    from django.utils import timezone

    from casesafe.apps.accounts.services import api_token_create
    from casesafe.apps.core.models import WorkerHeartbeat

    WorkerHeartbeat.objects.create(worker="test", seen_at=timezone.now())
    token, _ = api_token_create(people["alice"], "script")
    clients = {name: signed_in(people[name]) for name in MEMBERS}
    clients["anon"] = Client()
    from casesafe.apps.cases.tests.factories import matrix_world

    return {"clients": clients, "alice_token": token, **people, **matrix_world(people)}


@pytest.mark.parametrize("route", sorted(RULES))
def test_route_matrix(world, route):
    rule = RULES[route]
    path = rule.path(world) if callable(rule.path) else rule.path
    unauthorised_successes = []
    for person in PEOPLE:
        client = world["clients"][person]
        if rule.json:
            response = client.post(path, rule.data, content_type="application/json")
        elif rule.data is not None:
            response = getattr(client, rule.method)(path, rule.data)
        else:
            response = getattr(client, rule.method)(path)
        ok = 200 <= response.status_code < 300
        if ok and person not in rule.allowed:
            unauthorised_successes.append(person)
        if person in rule.allowed:
            assert ok, f"{person} should reach {route} ({path}) but got {response.status_code}"
    assert unauthorised_successes == [], (
        f"{route}: unauthorised successes for {unauthorised_successes}"
    )


def test_only_administrators_open_agency_admin(world):
    admin_routes = [(n, p) for n, p in ALL_ROUTES if n.startswith("admin:")]
    assert admin_routes
    for name, pattern in admin_routes:
        path = "/" + pattern.replace("<path:object_id>/change/", "1/change/")
        if "<" in path:
            continue  # other per-object admin pages share the changelist's permission check
        for person in ("alice", "charlie", "sam", "anon"):
            response = world["clients"][person].get(path)
            assert not (200 <= response.status_code < 300), f"{person} reached {name}"
    assert world["clients"]["ada"].get("/admin/").status_code == 200


def test_administrator_sees_only_own_agency_in_admin(world):
    page = world["clients"]["ada"].get("/admin/accounts/user/")
    assert page.status_code == 200
    assert b"alice" in page.content and b"charlie" not in page.content
    charlie = world["charlie"]
    assert world["clients"]["ada"].get(
        f"/admin/accounts/user/{charlie.pk}/change/"
    ).status_code in (302, 404)


def test_token_revoke_only_by_its_owner(world):
    token = world["alice_token"]
    for person in ("bob", "charlie", "ada"):
        world["clients"][person].post(f"/accounts/tokens/{token.pk}/revoke/")
        token.refresh_from_db()
        assert token.revoked_at is None, f"{person} revoked alice's token"
    world["clients"]["alice"].post(f"/accounts/tokens/{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at is not None
