from __future__ import annotations

from django import forms


class OtpForm(forms.Form):
    token = forms.CharField(
        label="Six-digit code from your authenticator app, or a recovery code",
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "usa-input",
                "autofocus": True,
            }
        ),
    )


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label="What will use this token?",
        max_length=100,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
    )
