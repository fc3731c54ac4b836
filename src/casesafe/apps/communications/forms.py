from __future__ import annotations

from typing import Any

from django import forms

from casesafe.apps.checks.services import MAX_CHARS
from casesafe.policy.vocab import PURPOSES

AUDIENCE_CHOICES = [
    ("private", "Private message to people in the case"),
    ("secure", "Secure channel (health information allowed where the agency has a BAA)"),
    ("public", "Public post (anyone can see it)"),
]


class ComposeForm(forms.Form):
    case = forms.TypedChoiceField(
        label="Case",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[],
        widget=forms.Select(attrs={"class": "usa-select"}),
    )
    recipients = forms.TypedMultipleChoiceField(
        label="To", required=False, coerce=int, choices=[], widget=forms.CheckboxSelectMultiple
    )
    platform = forms.ChoiceField(
        label="Channel", choices=[], widget=forms.Select(attrs={"class": "usa-select"})
    )
    purpose = forms.ChoiceField(
        label="Purpose",
        choices=[(p, p.replace("_", " ").capitalize()) for p in PURPOSES],
        widget=forms.Select(attrs={"class": "usa-select"}),
    )
    audience = forms.ChoiceField(
        label="Who will see it?",
        choices=AUDIENCE_CHOICES,
        widget=forms.Select(attrs={"class": "usa-select"}),
    )
    text = forms.CharField(
        label="Message",
        max_length=MAX_CHARS,
        widget=forms.Textarea(attrs={"class": "usa-textarea casesafe-text", "rows": 6}),
    )
    acknowledgement = forms.CharField(
        label="If there are warnings: why is it still right to send this?",
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
        help_text="Recorded with the message. Needed only when the pre-flight warns.",
    )

    def __init__(
        self,
        *args: Any,
        case_choices: list[tuple[int, str]],
        people: list[tuple[int, str]],
        platforms: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["case"].choices = [("", "No case: an agency post")] + case_choices  # type: ignore[attr-defined]
        self.fields["recipients"].choices = people  # type: ignore[attr-defined]
        self.fields["platform"].choices = platforms  # type: ignore[attr-defined]


class ConfirmPostForm(forms.Form):
    where = forms.CharField(
        label="Where was it posted?",
        max_length=500,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
        help_text="A link to the post, or the page or service it went out on.",
    )
    when = forms.DateTimeField(
        label="When (UTC)",
        widget=forms.DateTimeInput(attrs={"class": "usa-input", "type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )


class DecideForm(forms.Form):
    comment = forms.CharField(
        label="Comment (needed to send it back)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 3}),
    )


class ResubmitForm(forms.Form):
    text = forms.CharField(
        label="Changed post",
        max_length=MAX_CHARS,
        widget=forms.Textarea(attrs={"class": "usa-textarea", "rows": 6}),
    )


class PhotoUploadForm(forms.Form):
    """One photo at a time, each with its own choice of blurring and its alt text."""

    photo = forms.FileField(
        label="Add a photo",
        required=False,
        help_text=(
            "JPEG, PNG, WebP, HEIC or GIF, up to 25 MB; at most 4 photos. It is checked "
            "before it is attached, and only a clean copy is kept and sent: hidden location, "
            "device and time removed, identifying text in the picture blacked out."
        ),
        widget=forms.ClearableFileInput(attrs={"class": "usa-file-input", "accept": ""}),
    )
    photo_blur = forms.BooleanField(
        label="Blur every face in this photo",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "usa-checkbox__input"}),
    )
    photo_alt = forms.CharField(
        label="Describe the photo for people who cannot see it (alt text)",
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"class": "usa-input"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from casesafe.apps.communications.photos import ACCEPT

        super().__init__(*args, **kwargs)
        self.fields["photo"].widget.attrs["accept"] = ACCEPT
