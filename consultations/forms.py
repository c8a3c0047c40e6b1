from django import forms
from django.utils.safestring import mark_safe

from clinic_site.models import Location
from conditions.models import Condition
from consultations import tokens
from consultations.models import MESSAGE_MAX_LENGTH, ConsultationRequest

# People cannot read and fill the form this fast; scripts do.
MIN_FILL_SECONDS = 3


class MultilineTextField(forms.CharField):
    """Browsers count a line break as one character against `maxlength` but send
    it as two (CRLF): normalise before the length is checked."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class ConsultationForm(forms.ModelForm):
    conditions = forms.ModelMultipleChoiceField(
        label="What would you like help with?",
        queryset=Condition.objects.published(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Choose any that apply, or none.",
    )
    preferred_location = forms.ModelChoiceField(
        label="Where would you prefer treatment, if it goes ahead?",
        queryset=Location.objects.published(),
        required=False,
        empty_label="No preference yet",
        help_text="The consultation itself is a video or phone call.",
    )
    consent = forms.BooleanField(
        label="I have read the privacy policy and agree to be contacted about my "
        "request",
        error_messages={
            "required": "Please tick this box so we may contact you. We cannot "
            "reply otherwise."
        },
    )
    # A field people never see; scripts that fill every field fill it.
    website = forms.CharField(required=False, label="Leave this empty")
    form_token = forms.CharField(widget=forms.HiddenInput)

    class Meta:
        model = ConsultationRequest
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "preferred_contact_method",
            "best_time_to_reach",
            "conditions",
            "other_condition",
            "preferred_location",
            "message",
            "heard_about",
            "referred_by",
        ]
        labels = {
            "first_name": "First name",
            "last_name": "Last name",
            "email": "Email address",
            "phone": "Phone number",
            "preferred_contact_method": "How should we contact you?",
            "best_time_to_reach": "When is the best time to reach you?",
            "other_condition": "Something else (optional)",
            "message": "Anything you would like us to know? (optional)",
            "heard_about": "How did you hear about us? (optional)",
            "referred_by": "Who referred you? (optional)",
        }
        help_texts = {
            "phone": "A US number, for example (714) 555-0100.",
            "message": mark_safe(  # noqa: S308 - fixed text
                f"Up to {MESSAGE_MAX_LENGTH} characters. <strong>Please do not "
                "include detailed medical history</strong>: we will ask about it "
                "in private during the consultation."
            ),
            "other_condition": "For example, migraines or fibromyalgia.",
            "referred_by": "For example, the name of your doctor or a friend.",
        }
        field_classes = {"message": MultilineTextField}
        widgets = {
            "preferred_contact_method": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["heard_about"].choices = [("", "Choose one")] + [
            choice for choice in self.fields["heard_about"].choices if choice[0]
        ]
        self.fields["message"].max_length = MESSAGE_MAX_LENGTH
        self.fields["message"].widget.attrs["maxlength"] = MESSAGE_MAX_LENGTH
        autocomplete = {
            "first_name": "given-name",
            "last_name": "family-name",
            "email": "email",
            "phone": "tel",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["phone"].widget.input_type = "tel"
        self.fields["email"].widget.attrs["spellcheck"] = "false"
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")
        self.token: tokens.FormToken | None = None

    @property
    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def clean_form_token(self) -> str:
        value = self.cleaned_data["form_token"]
        self.token = tokens.read_token(value)
        if self.token is None:
            raise forms.ValidationError(
                "This form was open too long. Please check your details and send "
                "it again."
            )
        if self.token.age_seconds < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                "That was very quick. Please check your details and send the form "
                "again."
            )
        return value

    def token_to_render(self, attribution: dict) -> str:
        """Keep a valid token across error pages (one submission, one request);
        issue a fresh one otherwise."""
        if self.is_bound and tokens.read_token(self.data.get("form_token", "")):
            return self.data["form_token"]
        return tokens.issue_token(attribution)
