from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "casesafe.apps.accounts"
    label = "accounts"
    verbose_name = "People and sign-in"

    def ready(self) -> None:
        from casesafe.apps.accounts import signals  # noqa: F401
