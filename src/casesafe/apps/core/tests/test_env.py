"""Settings read from the environment fail loudly, with a message that names the variable."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from casesafe.web.env import env_int, env_webhooks


def test_missing_webhooks_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASESAFE_WEBHOOKS", raising=False)
    assert env_webhooks("CASESAFE_WEBHOOKS") == {}


def test_webhook_secret_from_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    secret = tmp_path / "sms"
    secret.write_text("a-long-shared-secret-0123456789\n", encoding="utf-8")
    monkeypatch.setenv(
        "CASESAFE_WEBHOOKS",
        f'{{"sms": {{"url": "https://gw.example/casesafe", "secret_file": "{secret}"}}}}',
    )
    assert env_webhooks("CASESAFE_WEBHOOKS") == {
        "sms": {"url": "https://gw.example/casesafe", "secret": "a-long-shared-secret-0123456789"}
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["sms"]', "map platforms"),
        ('{"sms": {"secret": "a-long-shared-secret-0123"}}', "needs a url"),
        ('{"sms": {"url": "https://gw.example", "secret": "short"}}', "16 characters"),
        (
            '{"sms": {"url": "https://gw.example", "secret_file": "/nonexistent/x"}}',
            "cannot be read",
        ),
    ],
)
def test_bad_webhooks_are_refused(
    monkeypatch: pytest.MonkeyPatch, value: str, message: str
) -> None:
    monkeypatch.setenv("CASESAFE_WEBHOOKS", value)
    with pytest.raises(ImproperlyConfigured, match=message):
        env_webhooks("CASESAFE_WEBHOOKS")


def test_a_number_that_is_not_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMAIL_PORT", "twenty-five")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT must be a whole number"):
        env_int("EMAIL_PORT", 25)
