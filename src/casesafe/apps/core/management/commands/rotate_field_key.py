"""Re-encrypt every encrypted column (and registered file) under a new field key.

Order of steps, so that a crash at any point leaves a key that opens every row:
1. the new key is written next to the current one as `<key>.new` (mode 0600);
2. in one transaction, every row is re-sealed and every blind index recomputed under it,
   and the registered hooks re-seal what lives outside the database (uploaded files);
3. after the commit the current key becomes `<key>.retired` (older retired keys get a
   timestamp suffix) and `<key>.new` becomes the key.
If step 2 fails, nothing changed and `<key>.new` is removed. If the process dies between
the commit and step 3, the rows are under `<key>.new`: move it into place by hand.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from casesafe.apps.core import fields
from casesafe.apps.core.keys import write_secret_file


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field with a new field key; keep the old key as .retired"

    def handle(self, *args: Any, **options: Any) -> None:
        key_path = Path(settings.CASESAFE_FIELD_KEY_FILE)
        if not key_path.exists():
            raise CommandError(f"no field key at {key_path}: nothing to rotate")
        fields.sealing_key()  # the current key must open before anything starts
        loose = fields.unaccounted_sealed_columns()
        if loose:
            raise CommandError(
                "these columns hold values sealed with the field key that no rotation covers: "
                + ", ".join(loose)
                + ". Their app must call casesafe.apps.core.fields.register_sealed_column "
                "(or register_rotation_hook) first; nothing was changed."
            )
        new_path = key_path.with_name(key_path.name + ".new")
        if new_path.exists():
            raise CommandError(
                f"{new_path} exists: an earlier rotation did not finish; check which key "
                "opens the rows and move it into place first"
            )
        new_key = fields.new_field_key()
        write_secret_file(new_path, base64.b64encode(new_key))
        after_commit = []
        try:
            with transaction.atomic(), fields.rotating_to(new_key):
                counts = fields.reseal_all_rows()
                counts.update(fields.reseal_registered_columns())
                for name, hook in fields.ROTATION_HOOKS.items():
                    done = hook()
                    counts[f"hook:{name}"] = 1
                    if done is not None:
                        after_commit.append(done)
        except BaseException:
            new_path.unlink(missing_ok=True)
            raise
        retired = key_path.with_name(key_path.name + ".retired")
        if retired.exists():
            stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
            os.replace(retired, retired.with_name(f"{retired.name}.{stamp}"))
        os.replace(key_path, retired)
        os.replace(new_path, key_path)
        for done in after_commit:
            done()
        total = sum(v for k, v in counts.items() if not k.startswith("hook:"))
        self.stdout.write(
            f"Re-encrypted {total} rows in {len(counts)} models and hooks under key "
            f"{fields.key_id(new_key)}; the old key is kept as {retired.name}."
        )
