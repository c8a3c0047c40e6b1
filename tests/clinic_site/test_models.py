import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from clinic_site.models import ClinicProfile
from tests.factories import ClinicProfileFactory, PhysicianFactory


def test_a_physician_photo_needs_a_description(db):
    physician = PhysicianFactory.build(
        photo=SimpleUploadedFile("face.jpg", b"not checked here"), photo_alt=" "
    )

    with pytest.raises(ValidationError) as error:
        physician.full_clean()

    assert "photo_alt" in error.value.message_dict


def test_the_clinic_profile_stays_one_row(db):
    ClinicProfileFactory()
    ClinicProfile(name="Another", phone="1", email="a@example.com").save()

    assert ClinicProfile.objects.count() == 1
    assert ClinicProfile.objects.get().name == "Another"


def test_time_zone_must_be_a_real_zone(db):
    profile = ClinicProfileFactory.build(time_zone="America/Atlantis")

    with pytest.raises(ValidationError) as error:
        profile.full_clean()

    assert "time_zone" in error.value.message_dict
