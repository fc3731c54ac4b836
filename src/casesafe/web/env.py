"""Environment helpers that fail loudly.

Settings read the environment only through these helpers so that a typo or a missing
secret stops the process at start-up with a clear message instead of running with a
silent default. Any variable may instead be given as ``NAME_FILE`` pointing at a file
(the way container secrets are mounted).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_UNSET = object()


def env(name: str, default: object = _UNSET) -> str:
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"{name}_FILE points at {file_name!r}, which cannot be read: {exc.strerror}"
            ) from None
    value = os.environ.get(name)
    if value is not None:
        return value
    if default is _UNSET:
        raise ImproperlyConfigured(f"The environment variable {name} (or {name}_FILE) must be set.")
    return str(default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = env(name, "1" if default else "0").strip().lower()
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = env(name, str(default))
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_webhooks(name: str) -> dict[str, dict[str, str]]:
    """Outbound webhook gateways per platform, as JSON.

    ``{"sms": {"url": "https://gw.example/casesafe", "secret": "..."}}``. Each gateway's
    secret may instead come from a file: ``"secret_file": "/run/secrets/sms"``.
    """
    raw = env(name, "{}").strip() or "{}"
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ImproperlyConfigured(f"{name} is not valid JSON: {exc.msg}.") from None
    if not isinstance(parsed, dict):
        raise ImproperlyConfigured(f"{name} must map platforms to gateways.")
    out: dict[str, dict[str, str]] = {}
    for platform, gateway in parsed.items():
        if not isinstance(gateway, dict) or not str(gateway.get("url", "")).startswith(
            ("https://", "http://")
        ):
            raise ImproperlyConfigured(f"{name}: the gateway for {platform!r} needs a url.")
        secret = gateway.get("secret", "")
        if gateway.get("secret_file"):
            try:
                secret = Path(gateway["secret_file"]).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ImproperlyConfigured(
                    f"{name}: the secret file for {platform!r} cannot be read: {exc.strerror}"
                ) from None
        if len(str(secret)) < 16:
            raise ImproperlyConfigured(
                f"{name}: the gateway for {platform!r} needs a secret of 16 characters or more."
            )
        out[str(platform)] = {"url": str(gateway["url"]), "secret": str(secret)}
    return out
