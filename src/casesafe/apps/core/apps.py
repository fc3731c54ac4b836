from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "casesafe.apps.core"
    label = "core"
    verbose_name = "CaseSafe core"
