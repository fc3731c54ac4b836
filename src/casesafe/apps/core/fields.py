"""Field-level authenticated encryption and keyed blind indexes (security.md 9).

Values are sealed with AES-256-GCM under the field key kept in a file outside the
database (`casesafe.apps.core.keys.field_key_bytes`), never `SECRET_KEY`, so a stolen
database dump or backup is ciphertext. Each value is stored as

    enc1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>

The key id (first 8 bytes of SHA-256 of the key, hex) says which key sealed a value, so a
rotation can tell old from new rows and a value sealed under another key is refused
loudly instead of decrypting to garbage. The model label and field name are bound in as
associated data: a ciphertext copied into another column does not decrypt.

Encrypted columns cannot be searched; a `BlindIndexField` keeps a keyed HMAC of the
normalised value beside them for exact lookups ("is this name already in the case?").
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.db import models

PREFIX = "enc1"
_NONCE = 12


class FieldDecryptionError(Exception):
    """A stored value cannot be decrypted: another key sealed it, or it was altered."""


# --------------------------------------------------------------------------- keys

_cache: dict[tuple[str, int, int], bytes] = {}
# During a rotation the new key seals and blind-indexes; the current file key still opens
# rows not yet rotated. Outside a rotation it is None.
_rotation_key: contextvars.ContextVar[bytes | None] = contextvars.ContextVar(
    "casesafe_rotation_key", default=None
)


def _file_key() -> bytes:
    from django.conf import settings

    path = Path(settings.CASESAFE_FIELD_KEY_FILE)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        from casesafe.apps.core.keys import field_key_bytes

        return field_key_bytes()
    # Cached by path, mtime and size so a rotated key file is picked up without a restart.
    marker = (str(path), st.st_mtime_ns, st.st_size)
    key = _cache.get(marker)
    if key is None:
        from casesafe.apps.core.keys import field_key_bytes

        key = field_key_bytes()
        _cache.clear()
        _cache[marker] = key
    return key


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:16]


def sealing_key() -> bytes:
    return _rotation_key.get() or _file_key()


def _opening_keys() -> dict[str, bytes]:
    keys = {key_id(k): k for k in (_file_key(), _rotation_key.get()) if k}
    return keys


@contextlib.contextmanager
def rotating_to(new_key: bytes) -> Iterator[None]:
    """Seal and index with `new_key` inside the block (used by `rotate_field_key`)."""
    if len(new_key) != 32:
        raise ValueError("a field key is 32 bytes")
    token = _rotation_key.set(new_key)
    try:
        yield
    finally:
        _rotation_key.reset(token)


def new_field_key() -> bytes:
    return secrets.token_bytes(32)


# --------------------------------------------------------------------------- sealing


def encrypt_bytes(data: bytes, aad: str, key: bytes | None = None) -> str:
    key = key or sealing_key()
    nonce = os.urandom(_NONCE)
    sealed = AESGCM(key).encrypt(nonce, data, aad.encode())
    return f"{PREFIX}:{key_id(key)}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"


def decrypt_bytes(token: str, aad: str, key: bytes | None = None) -> bytes:
    try:
        prefix, kid, body = token.split(":", 2)
    except ValueError:
        raise FieldDecryptionError("not an encrypted value") from None
    if prefix != PREFIX:
        raise FieldDecryptionError("not an encrypted value")
    keys = {key_id(key): key} if key is not None else _opening_keys()
    chosen = keys.get(kid)
    if chosen is None:
        raise FieldDecryptionError(
            f"value sealed under key {kid}, which is not the current field key"
        )
    try:
        raw = base64.urlsafe_b64decode(body.encode())
        return AESGCM(chosen).decrypt(raw[:_NONCE], raw[_NONCE:], aad.encode())
    except (InvalidTag, ValueError):
        raise FieldDecryptionError("value does not decrypt: altered or wrong key") from None


def encrypt_text(value: str, aad: str) -> str:
    return encrypt_bytes(value.encode("utf-8"), aad)


def decrypt_text(token: str, aad: str) -> str:
    return decrypt_bytes(token, aad).decode("utf-8")


# --------------------------------------------------------------------------- blind index


def normalise_for_index(value: str) -> str:
    """NFKC, case-folded, inner whitespace collapsed: "  Tyler  GONZALEZ" == "tyler gonzalez"."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _index_key(key: bytes) -> bytes:
    # A key of its own, derived from the field key, so an index value never helps an
    # attacker against the encryption and the two can never be confused.
    return hmac.new(key, b"casesafe blind index v1", hashlib.sha256).digest()


def blind_index(value: str, purpose: str = "default", key: bytes | None = None) -> str:
    """Keyed HMAC-SHA256 of the normalised value, scoped by `purpose` (hex)."""
    k = _index_key(key or sealing_key())
    message = f"{purpose}\x00{normalise_for_index(value)}".encode()
    return hmac.new(k, message, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- fields


class _EncryptedMixin:
    """Seals on the way to the database, opens on the way back. Not filterable."""

    def _aad(self) -> str:
        model = getattr(self, "model", None)
        label = model._meta.label_lower if model is not None else "?"
        return f"{label}.{self.attname}"  # type: ignore[attr-defined]

    def _dump(self, value: Any) -> str:
        raise NotImplementedError

    def _load(self, text: str) -> Any:
        raise NotImplementedError

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None:
            return None
        return self._load(decrypt_text(value, self._aad()))

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return None
        return encrypt_text(self._dump(value), self._aad())

    def get_lookup(self, lookup_name: str) -> Any:
        # Ciphertext is randomised: only "is null" means anything. Use a blind index.
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)  # type: ignore[misc]


class EncryptedTextField(_EncryptedMixin, models.TextField):  # type: ignore[misc]
    def _dump(self, value: Any) -> str:
        return str(value)

    def _load(self, text: str) -> Any:
        return text

    def to_python(self, value: Any) -> Any:
        return value if value is None else str(value)


class EncryptedJSONField(_EncryptedMixin, models.TextField):  # type: ignore[misc]
    """JSON (lists of aliases, addresses ...) sealed as one value."""

    def _dump(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    def _load(self, text: str) -> Any:
        return json.loads(text)

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    def value_to_string(self, obj: Any) -> str:
        return json.dumps(self.value_from_object(obj))


class BlindIndexField(models.CharField):  # type: ignore[type-arg]
    """HMAC of another field's normalised value, recomputed on every save."""

    def __init__(self, *args: Any, source: str = "", purpose: str = "", **kwargs: Any) -> None:
        self.source = source
        self.purpose = purpose
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("db_index", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        kwargs["purpose"] = self.purpose
        for key, default in (("max_length", 64), ("editable", False), ("db_index", True)):
            if kwargs.get(key) == default:
                kwargs.pop(key, None)
        if kwargs.get("blank") is True:
            kwargs.pop("blank")
        return name, path, args, kwargs

    def compute(self, instance: Any) -> str:
        value = getattr(instance, self.source, None)
        if value in (None, ""):
            return ""
        return blind_index(str(value), self.purpose or self.source)

    def pre_save(self, model_instance: Any, add: bool) -> Any:
        value = self.compute(model_instance)
        setattr(model_instance, self.attname, value)
        return value


# --------------------------------------------------------------------------- rotation

# Extra things sealed under the field key outside model columns (uploaded files ...).
# Each hook runs inside `rotating_to(new_key)` and the rotation's transaction, and returns
# a callable to run after commit (e.g. deleting the old files), or None.
RotationHook = Callable[[], Callable[[], None] | None]
ROTATION_HOOKS: dict[str, RotationHook] = {}


def register_rotation_hook(name: str, hook: RotationHook) -> None:
    ROTATION_HOOKS[name] = hook


# Plain text columns whose values other apps seal themselves with `encrypt_bytes` (their
# own associated data per row): "app_label.Model.field" -> row -> aad.
SealedAad = Callable[[Any], str]
SEALED_COLUMNS: dict[str, SealedAad] = {}


def register_sealed_column(label: str, aad: SealedAad) -> None:
    """Let `rotate_field_key` re-seal a column sealed with `encrypt_bytes`, e.g.
    ``register_sealed_column("records.LogEntry.sealed", lambda row: ...)``."""
    SEALED_COLUMNS[label] = aad


def _column_model(label: str) -> tuple[type[models.Model], str]:
    from django.apps import apps

    app_label, model_name, field = label.split(".")
    return apps.get_model(app_label, model_name), field


def unaccounted_sealed_columns() -> list[str]:
    """Text columns holding sealed values that neither an encrypted field nor a
    registered sealed column covers: a rotation would leave them unreadable."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        for f in model._meta.concrete_fields:
            if isinstance(f, _EncryptedMixin) or not isinstance(
                f, models.TextField | models.CharField
            ):
                continue
            label = f"{model._meta.label}.{f.name}"
            if label in SEALED_COLUMNS:
                continue
            if model._base_manager.filter(**{f"{f.name}__startswith": f"{PREFIX}:"}).exists():
                found.append(label)
    return found


def reseal_registered_columns() -> dict[str, int]:
    counts: dict[str, int] = {}
    for label, aad in SEALED_COLUMNS.items():
        model, field = _column_model(label)
        manager = model._base_manager
        n = 0
        rows = manager.filter(**{f"{field}__isnull": False}).order_by("pk")
        for row in rows.iterator(chunk_size=500):
            token = getattr(row, field)
            if not token:
                continue
            data = decrypt_bytes(token, aad(row))
            manager.filter(pk=row.pk).update(**{field: encrypt_bytes(data, aad(row))})
            n += 1
        counts[label] = n
    return counts


def encrypted_models() -> list[tuple[type[models.Model], list[str], list[BlindIndexField]]]:
    """Every installed model with encrypted columns or blind indexes."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        sealed = [f.name for f in model._meta.concrete_fields if isinstance(f, _EncryptedMixin)]
        indexes = [f for f in model._meta.concrete_fields if isinstance(f, BlindIndexField)]
        if sealed or indexes:
            found.append((model, sealed, indexes))
    return found


def reseal_all_rows() -> dict[str, int]:
    """Re-encrypt every encrypted column and recompute every blind index with the sealing
    key. Runs inside `rotating_to`; goes around `save()` because append-only models refuse
    updates through it, and a rotation changes no meaning."""
    counts: dict[str, int] = {}
    for model, sealed, indexes in encrypted_models():
        n = 0
        manager = model._base_manager
        for obj in manager.order_by("pk").iterator(chunk_size=500):
            values: dict[str, Any] = {name: getattr(obj, name) for name in sealed}
            for field in indexes:
                values[field.name] = field.compute(obj)
            manager.filter(pk=obj.pk).update(**values)
            n += 1
        counts[model._meta.label] = n
    return counts
