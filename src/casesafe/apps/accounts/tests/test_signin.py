"""security.md 3-5: MFA, lockout per username, session limits and ending sessions."""

from __future__ import annotations

import time

import pytest
from django.test import Client

from casesafe.apps.accounts import services
from casesafe.apps.core.testing import PASSWORD, totp_now


def sign_in(client: Client, username: str, password: str = PASSWORD):
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_caseworker_signs_in_and_sees_dashboard(people):
    c = Client()
    response = sign_in(c, "alice")
    assert response.status_code == 302
    page = c.get("/")
    assert page.status_code == 200
    assert b"My cases" in page.content


def test_wrong_password_is_refused_with_a_message(people):
    c = Client()
    response = sign_in(c, "alice", "not the password at all")
    assert response.status_code == 200
    assert b"correct username and password" in response.content
    assert c.get("/").status_code == 302


def test_new_session_id_at_sign_in(people):
    c = Client()
    c.get("/accounts/login/")
    c.session.save()
    before = c.session.session_key
    sign_in(c, "alice")
    assert c.session.session_key != before


def test_supervisor_must_complete_mfa(people):
    c = Client()
    sign_in(c, "sam")
    response = c.get("/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/accounts/mfa/verify/?next="
    )
    bad = c.post("/accounts/mfa/verify/", {"token": "000000"})
    assert bad.status_code == 200 and c.get("/").status_code == 302
    # A wrong code throttles the device for a moment (django-otp); skip the wait here.
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.get(user=people["sam"]).throttle_reset()
    code = totp_now(people["sam"])
    assert c.post("/accounts/mfa/verify/", {"token": code}).status_code == 302
    assert c.get("/").status_code == 200


def test_a_code_works_only_once(people):
    code = totp_now(people["sam"])
    first, second = Client(), Client()
    sign_in(first, "sam")
    sign_in(second, "sam")
    first.post("/accounts/mfa/verify/", {"token": code})
    assert first.get("/").status_code == 200
    second.post("/accounts/mfa/verify/", {"token": code})
    assert second.get("/").status_code == 302  # replayed code refused


def test_supervisor_without_device_is_sent_to_enrolment(people):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.filter(user=people["sam"]).delete()
    c = Client()
    sign_in(c, "sam")
    response = c.get("/")
    assert response["Location"] == "/accounts/mfa/enrol/"
    page = c.get("/accounts/mfa/enrol/")
    assert b"<svg" in page.content


def test_enrolment_gives_recovery_codes_that_work_once(people):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    c = Client()
    sign_in(c, "alice")
    c.get("/accounts/mfa/enrol/")
    device = TOTPDevice.objects.get(user=people["alice"], confirmed=False)
    code = f"{totp(device.bin_key):06d}"
    response = c.post("/accounts/mfa/enrol/", {"token": code})
    codes = response.context["codes"]
    assert len(codes) == 10
    # Later sign-in with a recovery code, twice: the second use fails.
    for expected in (302, 200):
        other = Client()
        sign_in(other, "alice")
        assert other.post("/accounts/mfa/verify/", {"token": codes[0]}).status_code == expected


def test_lockout_after_ten_failures_per_username_for_fifteen_minutes(people):
    from axes.models import AccessAttempt

    c = Client()
    for _ in range(10):
        sign_in(c, "alice", "wrong password here")
    locked = sign_in(c, "alice")
    assert locked.status_code in (403, 429) and b"locked" in locked.content.lower()
    # Another username from the same client is not locked (per username, not per IP).
    assert sign_in(Client(), "bob").status_code == 302
    # Never permanent: after the cool-off the right password works again.
    from datetime import timedelta

    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.first().attempt_time - timedelta(minutes=16)
    )
    assert sign_in(Client(), "alice").status_code == 302


def test_idle_timeout_signs_out(people, settings):
    c = Client()
    sign_in(c, "alice")
    session = c.session
    session["casesafe_seen_at"] = time.time() - settings.CASESAFE_SESSION_IDLE_SECONDS - 5
    session.save()
    response = c.get("/")
    assert response.status_code == 302 and "expired=1" in response["Location"]
    assert c.get("/").status_code == 302


def test_activity_keeps_the_session_alive(people, settings):
    c = Client()
    sign_in(c, "alice")
    session = c.session
    session["casesafe_seen_at"] = time.time() - settings.CASESAFE_SESSION_IDLE_SECONDS + 60
    session.save()
    assert c.get("/").status_code == 200


def test_absolute_timeout_after_twelve_hours(people):
    c = Client()
    sign_in(c, "alice")
    session = c.session
    session["casesafe_auth_at"] = time.time() - 12 * 3600 - 5
    session.save()
    assert c.get("/").status_code == 302


def test_idle_timeout_cannot_be_configured_above_thirty_minutes(monkeypatch):
    import importlib

    import casesafe.web.settings.base as base

    monkeypatch.setenv("CASESAFE_SESSION_IDLE_MINUTES", "90")
    try:
        assert importlib.reload(base).CASESAFE_SESSION_IDLE_SECONDS == 30 * 60
    finally:
        monkeypatch.delenv("CASESAFE_SESSION_IDLE_MINUTES")
        importlib.reload(base)


@pytest.mark.parametrize("event", ["sign_out", "password_change", "deactivate", "mfa_change"])
def test_events_end_every_session_of_that_user(people, event):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    laptop, phone = Client(), Client()
    sign_in(laptop, "alice")
    sign_in(phone, "alice")
    assert phone.get("/").status_code == 200
    if event == "sign_out":
        laptop.post("/accounts/logout/")
    elif event == "password_change":
        new = "a different long passphrase"
        response = laptop.post(
            "/accounts/password/",
            {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
        )
        assert response.status_code == 302
        assert laptop.get("/").status_code == 200  # the session that changed it stays
    elif event == "deactivate":
        services.user_deactivate(people["alice"])
    else:
        laptop.get("/accounts/mfa/enrol/")
        device = TOTPDevice.objects.get(user=people["alice"], confirmed=False)
        laptop.post("/accounts/mfa/enrol/", {"token": f"{totp(device.bin_key):06d}"})
        assert laptop.get("/").status_code == 200
    assert phone.get("/").status_code == 302


def test_sign_out_needs_post(people):
    c = Client()
    sign_in(c, "alice")
    assert c.get("/accounts/logout/").status_code == 405
    assert c.get("/").status_code == 200


def _reset_link(mailbox) -> str:
    import re

    return re.search(r"http://testserver(/accounts/password/reset/\S+/)", mailbox[-1].body).group(1)


def test_password_reset_by_email_works_once_and_ends_sessions(people, mailoutbox):
    other = Client()
    sign_in(other, "alice")
    people["alice"].email = "alice@one.example.org"
    people["alice"].save()
    c = Client()
    assert (
        c.post("/accounts/password/reset/", {"email": "alice@one.example.org"}).status_code == 302
    )
    link = _reset_link(mailoutbox)
    form_page = c.get(link, follow=True)
    new = "a brand new long passphrase"
    done = c.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    assert sign_in(Client(), "alice", new).status_code == 302
    assert other.get("/").status_code == 302  # the old session is gone
    again = Client().get(link, follow=True)
    assert b"no longer works" in again.content


def test_password_reset_link_expires_after_an_hour(people, mailoutbox):
    from datetime import timedelta
    from unittest import mock

    from django.utils import timezone

    people["alice"].email = "alice@one.example.org"
    people["alice"].save()
    Client().post("/accounts/password/reset/", {"email": "alice@one.example.org"})
    link = _reset_link(mailoutbox)
    later = timezone.now() + timedelta(minutes=61)
    with mock.patch(
        "django.contrib.auth.tokens.PasswordResetTokenGenerator._now",
        return_value=later.replace(tzinfo=None),
    ):
        page = Client().get(link, follow=True)
    assert b"no longer works" in page.content


def test_password_reset_does_not_reveal_unknown_addresses(db, mailoutbox):
    response = Client().post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and mailoutbox == []
