"""Keys kept in files outside the database (mode 0600), created on first use.

The database and its backups never hold a key that decrypts or signs what is in them:
a stolen dump is ciphertext, and a forged record cannot carry a valid signature.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path


def write_secret_file(path: Path, data: bytes) -> None:
    """Create `path` with mode 0600 atomically; never overwrite an existing key."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        # Another process may create it first; then we use theirs.
        with contextlib.suppress(FileExistsError):
            write_secret_file(path, make())
        return path.read_bytes()


def secret_key_from(path: Path) -> str:
    return read_or_create(path, lambda: secrets.token_urlsafe(64).encode()).decode().strip()


def field_key_bytes() -> bytes:
    """The field-encryption key (32 random bytes, base64 in the file)."""
    import base64

    from django.conf import settings

    raw = read_or_create(
        settings.CASESAFE_FIELD_KEY_FILE, lambda: base64.b64encode(secrets.token_bytes(32))
    )
    return base64.b64decode(raw.strip())


def signing_key_pem() -> bytes:
    """The record-signing Ed25519 private key (PEM, PKCS#8)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from django.conf import settings

    def make() -> bytes:
        return Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    return read_or_create(settings.CASESAFE_SIGNING_KEY_FILE, make)


def ensure_keys() -> list[Path]:
    from django.conf import settings

    field_key_bytes()
    signing_key_pem()
    return [settings.CASESAFE_FIELD_KEY_FILE, settings.CASESAFE_SIGNING_KEY_FILE]
