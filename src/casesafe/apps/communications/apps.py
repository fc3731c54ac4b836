from django.apps import AppConfig


class CommunicationsConfig(AppConfig):
    name = "casesafe.apps.communications"
    label = "communications"
    verbose_name = "Pre-flight, messages, posts and their delivery"

    def ready(self) -> None:
        from casesafe.apps.communications import registrations

        registrations.register_all()
