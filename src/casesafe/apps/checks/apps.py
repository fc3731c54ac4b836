from django.apps import AppConfig


class ChecksConfig(AppConfig):
    name = "casesafe.apps.checks"
    label = "checks"
    verbose_name = "Checks before posting"

    def ready(self) -> None:
        from casesafe.apps.core.context_processors import NavItem, register_nav

        register_nav(NavItem("Check a message", "checks:check-message", order=20))
