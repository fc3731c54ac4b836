import os
import threading

from django.apps import AppConfig


class ChecksConfig(AppConfig):
    name = "casesafe.apps.checks"
    label = "checks"
    verbose_name = "Checks before posting"

    def ready(self) -> None:
        from casesafe.apps.core.context_processors import NavItem, register_nav

        register_nav(NavItem("Check a message", "checks:check-message", order=20))
        register_nav(NavItem("Check a photo", "checks:check-photo", order=21))
        if os.environ.get("CASESAFE_WARM_SCREENER") == "1":
            # Load the language model in the background at start-up, so the first person
            # to check a message does not wait for it.
            threading.Thread(target=_warm, name="casesafe-warm-screener", daemon=True).start()


def _warm() -> None:
    from casesafe.screening.engine import default_screener

    default_screener()
