"""`make run`: the web server and the task worker side by side, stopped together.

Ctrl-C (SIGINT) or SIGTERM reaches both children; we wait for them to finish what
they are doing, so a job in flight is either completed or left for the next start.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    port = os.environ.get("PORT", "8000")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "casesafe.web.settings.local"
        ),
    }
    manage = [sys.executable, "-m", "casesafe.web.manage"]
    children = [
        subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
            env={**env, "CASESAFE_WARM_SCREENER": "1"},
        ),
        subprocess.Popen([*manage, "casesafe_worker", "--interval", "1"], env=env),
    ]
    _announce(port)

    def stop(signum: int, frame: object) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    status = 0
    try:
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
    finally:
        stop(signal.SIGTERM, None)
        for child in children:
            try:
                status = status or child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                child.kill()
                status = 1
    return 0 if status in (0, -signal.SIGTERM, -signal.SIGINT) else status


def _announce(port: str) -> None:
    from casesafe.web.settings.base import VAR_DIR

    creds = Path(os.environ.get("CASESAFE_DEMO_CREDENTIALS", VAR_DIR / "demo-credentials.json"))
    print(f"\n  CaseSafe is running at http://127.0.0.1:{port}/", flush=True)
    if creds.exists():
        try:
            users = ", ".join(u["username"] for u in json.loads(creds.read_text())["users"])
        except (OSError, ValueError, KeyError):
            users = "see the file"
        print(f"  Demo sign-ins ({users}) are in {creds}", flush=True)
    print("  Press Ctrl-C to stop the web server and the worker.\n", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
