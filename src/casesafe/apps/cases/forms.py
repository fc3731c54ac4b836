"""Forms for people, boundaries, consents, break-the-glass and the policy."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from casesafe.apps.cases import selectors
from casesafe.apps.cases.models import Consent, ContactBoundary, PersonRole, Relationship
from casesafe.apps.cases.services import EVIDENCE_MAX_BYTES
from casesafe.policy.vocab import AUDIENCES, CONTENT_KINDS, PURPOSES

LIST_HELP = "One per line."


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", attrs={"class": "usa-input"}, **kwargs)


def _usa(form: forms.Form) -> None:
    """USWDS classes on every widget (no inline styles: CSP)."""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
            continue
        css = {
            forms.Select: "usa-select",
            forms.Textarea: "usa-textarea",
            forms.ClearableFileInput: "usa-file-input",
            forms.FileInput: "usa-file-input",
        }.get(type(widget), "usa-input")
        widget.attrs.setdefault("class", css)


def channel_choices() -> list[tuple[str, str]]:
    return [(slug, p.name) for slug, p in sorted(selectors.catalogue().platforms.items())]


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


class PersonForm(forms.Form):
    name = forms.CharField(max_length=200, label="Full name")
    role = forms.ChoiceField(choices=PersonRole.choices, label="Role in the case")
    relationship_label = forms.CharField(
        max_length=60, required=False, label="Relationship", help_text="For example: mother, aunt."
    )
    aliases = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        label="Aliases and nicknames",
        help_text=LIST_HELP,
    )
    birth_date = forms.DateField(required=False, label="Date of birth", widget=DateInput())
    preferred_language = forms.CharField(max_length=40, required=False)
    placement = forms.CharField(max_length=200, required=False, label="Placement")
    addresses = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text=LIST_HELP
    )
    phones = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text=LIST_HELP
    )
    emails = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text=LIST_HELP
    )
    handles = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        label="Social media handles",
        help_text=LIST_HELP,
    )
    schools = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text=LIST_HELP
    )
    places = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        label="Other places",
        help_text="Clinics, churches, workplaces, team names. " + LIST_HELP,
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    LISTS = ("aliases", "addresses", "phones", "emails", "handles", "schools", "places")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _usa(self)

    @classmethod
    def initial_from(cls, person: Any) -> dict[str, Any]:
        data = {
            k: getattr(person, k)
            for k in ("name", "role", "relationship_label", "preferred_language")
        }
        data["birth_date"] = person.birth_date or ""
        data["placement"] = person.placement or ""
        data["notes"] = person.notes or ""
        for key in cls.LISTS:
            data[key] = "\n".join(getattr(person, key) or [])
        return data

    def to_data(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        for key in self.LISTS:
            data[key] = _lines(data.get(key, ""))
        return data


class _CaseForm(forms.Form):
    def __init__(self, *args: Any, people: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = {str(p.pk): p for p in people}
        choices = [(str(p.pk), f"{p.name} ({p.role_label})") for p in people]
        for _name, field in self.fields.items():
            if getattr(field, "people_choice", False):
                field.choices = ([("", "—")] if not field.required else []) + choices  # type: ignore[attr-defined]
        _usa(self)

    def person(self, key: str) -> Any:
        value = self.cleaned_data.get(key)
        return self.people.get(value) if value else None


def _person_field(label: str, required: bool = True, help_text: str = "") -> forms.ChoiceField:
    field = forms.ChoiceField(label=label, required=required, help_text=help_text)
    field.people_choice = True  # type: ignore[attr-defined]
    return field


class RelationshipForm(_CaseForm):
    from_person = _person_field("Person")
    kind = forms.ChoiceField(choices=Relationship.Kind.choices, label="is")
    to_person = _person_field("Of / with")
    note = forms.CharField(required=False, max_length=500)


class BoundaryForm(_CaseForm):
    from_person = _person_field(
        "Who may not make contact", help_text="The person the limit applies to."
    )
    to_person = _person_field("With whom", help_text="The person protected by the limit.")
    kind = forms.ChoiceField(
        choices=ContactBoundary.Kind.choices, widget=forms.RadioSelect, label="Kind of limit"
    )
    all_channels = forms.BooleanField(required=False, initial=True, label="Every channel")
    channels = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Only these channels",
        help_text="Leave 'Every channel' ticked unless the order names particular channels.",
    )
    source = forms.ChoiceField(choices=ContactBoundary.Source.choices, widget=forms.RadioSelect)
    starts_on = forms.DateField(required=False, widget=DateInput(), label="From")
    ends_on = forms.DateField(
        required=False, widget=DateInput(), label="Until", help_text="Leave empty if open-ended."
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["channels"].choices = channel_choices()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("all_channels") and not data.get("channels"):
            self.add_error("channels", "Tick 'Every channel' or choose at least one channel.")
        return data

    def channel_values(self) -> tuple[str, ...]:
        if self.cleaned_data.get("all_channels"):
            return ("*",)
        return tuple(self.cleaned_data.get("channels") or ())


class ConsentForm(_CaseForm):
    person = _person_field("Consent for", help_text="The person who may be contacted or shown.")
    given_by_role = forms.ChoiceField(
        choices=Consent.GiverRole.choices, widget=forms.RadioSelect, label="Given by (role)"
    )
    given_by = _person_field(
        "Given by", required=False, help_text="Leave empty when the agency consents as guardian."
    )
    channels = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple, label="Channels")
    purposes = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple, choices=[(p, _label(p)) for p in PURPOSES]
    )
    content_kinds = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Kinds of content",
        choices=[(k, _label(k)) for k in CONTENT_KINDS],
    )
    obtained_on = forms.DateField(widget=DateInput(), label="Date signed")
    expires_on = forms.DateField(required=False, widget=DateInput(), label="Expires on")
    evidence = forms.FileField(
        label="Signed consent form",
        help_text="PDF, JPEG or PNG, up to 5 MB. It is stored encrypted.",
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["channels"].choices = channel_choices()  # type: ignore[attr-defined]
        self.fields["evidence"].widget.attrs["accept"] = (
            ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        )
        self.fields["obtained_on"].initial = timezone.localdate()

    def clean_evidence(self) -> Any:
        upload = self.cleaned_data["evidence"]
        if upload.size > EVIDENCE_MAX_BYTES:
            raise forms.ValidationError("The signed form is larger than 5 MB.")
        return upload


class RevokeForm(forms.Form):
    revoked_on = forms.DateField(widget=DateInput(), label="Revoked on")
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["revoked_on"].initial = timezone.localdate()
        _usa(self)


class EndRelationshipForm(forms.Form):
    ended_on = forms.DateField(
        label="Ended on",
        help_text="The day it ended, for example 2026-11-20.",
        widget=DateInput(),
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        label="Why does it end?",
        help_text="For example: the placement moved, or the guardianship closed.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _usa(self)


class EndBoundaryForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        label="Why does it end?",
        help_text="For example: the court order that lifted it.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _usa(self)


class BreakGlassForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=15,
        max_length=1000,
        label="Why do you need this case now?",
        help_text="Your supervisor reads this. For example: covering for the assigned worker during an emergency placement.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _usa(self)


class PolicyForm(forms.Form):
    yaml_text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 30, "spellcheck": "false"}),
        required=False,
        label="Policy (YAML)",
    )
    upload = forms.FileField(
        required=False, label="Or upload a policy file", help_text="A .yaml file, up to 256 KB."
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _usa(self)
        self.fields["yaml_text"].widget.attrs["class"] = "usa-textarea casesafe-code"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("upload")
        if upload:
            if upload.size > 256 * 1024:
                raise forms.ValidationError("The policy file is larger than 256 KB.")
            try:
                data["yaml_text"] = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise forms.ValidationError("The policy file is not UTF-8 text.") from None
        if not (data.get("yaml_text") or "").strip():
            raise forms.ValidationError("Paste the policy or choose a file.")
        return data


class ToolForm(forms.Form):
    purpose = forms.ChoiceField(choices=[(p, _label(p)) for p in PURPOSES])
    audience = forms.ChoiceField(choices=[(a, _label(a)) for a in AUDIENCES])
    recipient_age = forms.IntegerField(
        required=False, min_value=0, max_value=120, label="Age of the person (optional)"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _usa(self)


class CaseSetupForm(forms.Form):
    reference = forms.CharField(
        max_length=64, label="Case reference", help_text="Your agency's case number."
    )
    unit = forms.ModelChoiceField(queryset=None, label="Unit")  # type: ignore[arg-type]
    workers = forms.ModelMultipleChoiceField(
        queryset=None,  # type: ignore[arg-type]
        widget=forms.CheckboxSelectMultiple,
        label="Assigned caseworkers",
        required=False,
    )
    status = forms.ChoiceField(choices=[("open", "Open"), ("closed", "Closed")], initial="open")

    def __init__(self, *args: Any, user: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from casesafe.apps.accounts.access import has_role, supervised_unit_ids
        from casesafe.apps.accounts.models import User
        from casesafe.apps.agencies.models import Unit

        units = Unit.objects.filter(agency_id=user.agency_id)
        if not has_role(user, "administrator"):
            units = units.filter(pk__in=supervised_unit_ids(user))
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["workers"].queryset = User.objects.filter(  # type: ignore[attr-defined]
            agency_id=user.agency_id, is_active=True, role="caseworker"
        ).order_by("username")
        self.fields["workers"].label_from_instance = lambda u: (
            f"{u.get_full_name() or u.username} ({u.username})"
        )  # type: ignore[attr-defined]
        if editing:
            del self.fields["reference"]
        else:
            del self.fields["status"]
        _usa(self)
