from __future__ import annotations

from django import forms

from casesafe.apps.checks.services import MAX_CHARS

AUDIENCE_CHOICES = [
    ("public", "Public post (anyone can see it)"),
    ("private", "Private message to one person who has consented"),
    ("secure", "Secure channel approved for health information"),
]


class _AudienceAndCaseForm(forms.Form):
    """Who will see it, and optionally which of the person's cases to screen against."""

    audience = forms.ChoiceField(
        label="Who will see it?",
        choices=AUDIENCE_CHOICES,
        initial="public",
        widget=forms.Select(attrs={"class": "usa-select"}),
    )
    case = forms.TypedChoiceField(
        label="Case (optional)",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[],
        widget=forms.Select(attrs={"class": "usa-select"}),
        help_text="Checks against the names, nicknames, addresses, schools and places in the case record.",
    )

    def __init__(
        self, *args: object, case_choices: list[tuple[int, str]] | None = None, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["case"].choices = [("", "No case")] + list(case_choices or [])  # type: ignore[attr-defined]


class CheckMessageForm(_AudienceAndCaseForm):
    field_order = ["text", "audience", "case", "case_file"]

    text = forms.CharField(
        label="Your message or post",
        max_length=MAX_CHARS,
        widget=forms.Textarea(
            attrs={"class": "usa-textarea casesafe-text", "rows": 6, "spellcheck": "true"}
        ),
        help_text=f"Up to {MAX_CHARS:,} characters. Nothing is sent anywhere from this page.",
    )
    case_file = forms.CharField(
        label="Case file (optional, JSON)",
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 3, "spellcheck": "false"}),
        help_text="Or paste a case file (the JSON of the screening contract) instead of choosing a case.",
    )


class PublicCheckForm(forms.Form):
    text = forms.CharField(
        label="What do you want to post?",
        max_length=5000,
        widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 6}),
        help_text="Up to 5,000 characters. We don't keep what you type.",
    )


BLUR_CHOICES = [("none", "Don't blur faces"), ("all", "Blur every face")]


class CheckPhotoForm(_AudienceAndCaseForm):
    field_order = ["photo", "audience", "case", "consented_faces", "blur_faces", "redact"]

    photo = forms.FileField(
        label="Photo",
        help_text="JPEG, PNG, WebP, HEIC or GIF, up to 25 MB. Nothing is kept after the check.",
        widget=forms.ClearableFileInput(attrs={"class": "usa-file-input", "accept": "image/*"}),
    )
    consented_faces = forms.IntegerField(
        label="How many people in the photo have photo consent on file?",
        required=False,
        min_value=0,
        max_value=100,
        widget=forms.NumberInput(attrs={"class": "usa-input usa-input--small"}),
        help_text="Leave empty if you don't know; more faces than consents blocks a public post.",
    )
    blur_faces = forms.ChoiceField(
        label="Faces",
        choices=BLUR_CHOICES,
        initial="none",
        widget=forms.Select(attrs={"class": "usa-select"}),
    )
    redact = forms.BooleanField(
        label="Black out identifying text (school names, signs, name tags)",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "usa-checkbox__input"}),
    )
