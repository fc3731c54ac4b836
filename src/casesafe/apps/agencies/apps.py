from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    name = "casesafe.apps.agencies"
    label = "agencies"
    verbose_name = "Agencies and units"
