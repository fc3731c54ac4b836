from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "casesafe.apps.cases"
    label = "cases"
    verbose_name = "Cases, consents, contact boundaries and policy"

    def ready(self) -> None:
        # Registries of the core app: navigation, dashboard panels, demo data, key rotation.
        from casesafe.apps.cases import registrations

        registrations.register_all()
