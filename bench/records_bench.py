"""Append throughput of the case record on the real database (SQLite by default).

Each append runs in its own transaction together with a change of the caller's (a row
written in the same transaction), as every capability does. SQLite runs as configured
for production use: WAL with synchronous=FULL, so every commit reaches the disk.

    .venv/bin/python bench/records_bench.py [--n 2000] [--json]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/casesafe_bench .venv/bin/python bench/records_bench.py
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="entries to append")
    parser.add_argument("--json", action="store_true", help="write bench/results/records.json")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="casesafe-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casesafe.web.settings.local")
    os.environ["CASESAFE_VAR_DIR"] = str(tmp)
    os.environ["CASESAFE_DEMO"] = "0"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from casesafe.apps.agencies.models import Agency
    from casesafe.apps.core.models import ScheduledRun
    from casesafe.apps.records import services

    agency, _ = Agency.objects.get_or_create(slug="bench", defaults={"name": "Bench County"})
    payload = {
        "channel": "agency-email",
        "purpose": "scheduling",
        "decision": "allow",
        "text": "x" * 240,
    }
    services.record_append(
        agency=agency, kind="warmup", subject="case:0", actor=None, payload=payload
    )

    # The floor: the same transactions with only the caller's change, no record. On
    # SQLite with synchronous=FULL this is the disk's fsync rate.
    start = time.perf_counter()
    for _ in range(args.n):
        with transaction.atomic():
            ScheduledRun.objects.update_or_create(
                name="bench-caller-change", defaults={"last_enqueued_at": timezone.now()}
            )
    baseline = args.n / (time.perf_counter() - start)

    start = time.perf_counter()
    for i in range(args.n):
        with transaction.atomic():
            ScheduledRun.objects.update_or_create(
                name="bench-caller-change", defaults={"last_enqueued_at": timezone.now()}
            )
            services.record_append(
                agency=agency,
                kind="message",
                subject=f"case:{i % 50}",
                case_ref=f"B-{i % 50}",
                actor=None,
                payload=payload,
            )
    elapsed = time.perf_counter() - start
    rate = args.n / elapsed

    services.checkpoint_all()
    v_start = time.perf_counter()
    result = services.verify_log(agency, "case")
    v_elapsed = time.perf_counter() - v_start

    out = {
        "database": connection.vendor,
        "entries": args.n,
        "appends_per_second": round(rate, 1),
        "caller_only_transactions_per_second": round(baseline, 1),
        "ms_per_append": round(1000 / rate, 2),
        "verify_seconds": round(v_elapsed, 2),
        "verify_ok": result.ok,
        "target_appends_per_second": 2000,
    }
    print(f"database        {out['database']}")
    print(
        f"baseline        {baseline:,.0f} transactions/s with the caller's change alone (the commit bound)"
    )
    print(
        f"appends         {args.n} in {elapsed:.2f} s = {rate:,.0f}/s ({out['ms_per_append']} ms each; target >= 2,000/s)"
    )
    print(f"verify from DB  {result.size} entries in {v_elapsed:.2f} s, ok={result.ok}")
    if args.json:
        Path("bench/results").mkdir(parents=True, exist_ok=True)
        Path("bench/results/records.json").write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
