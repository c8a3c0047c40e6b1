import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from clinic_site.images import MAX_UPLOAD_BYTES, validate_image_upload
from tests.factories import ClinicProfileFactory, ConditionFactory


def image_bytes(image_format: str = "JPEG", size=(2000, 1000), exif: bool = False):
    image = Image.new("RGB", size, (30, 90, 110))
    buffer = io.BytesIO()
    kwargs = {}
    if exif:
        metadata = Image.Exif()
        metadata[0x010F] = "PhoneMaker"  # camera make
        metadata[0x8825] = {2: (33.0, 44.0, 55.0)}  # GPS latitude
        kwargs["exif"] = metadata
    image.save(buffer, format=image_format, **kwargs)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_real_images_are_accepted(image_format):
    upload = SimpleUploadedFile("photo.img", image_bytes(image_format))

    validate_image_upload(upload)


def test_a_file_that_only_claims_to_be_an_image_is_refused():
    upload = SimpleUploadedFile("photo.jpg", b"<?php echo 'not an image'; ?>")

    with pytest.raises(ValidationError, match="not an image we can read"):
        validate_image_upload(upload)


def test_other_image_formats_are_refused():
    upload = SimpleUploadedFile("anim.gif", image_bytes("GIF"))

    with pytest.raises(ValidationError, match="GIF images are not accepted"):
        validate_image_upload(upload)


def test_images_over_10_mb_are_refused():
    upload = SimpleUploadedFile("big.jpg", image_bytes())
    upload.size = MAX_UPLOAD_BYTES + 1

    with pytest.raises(ValidationError, match="larger than 10 MB"):
        validate_image_upload(upload)


def test_saved_image_loses_its_exif_and_gets_webp_renditions(db):
    condition = ConditionFactory(
        hero_image=SimpleUploadedFile("hero.jpg", image_bytes(exif=True)),
        hero_image_alt="Calm sea at dawn",
    )

    with condition.hero_image.open("rb") as stored:
        assert not Image.open(stored).getexif()
    storage = condition.hero_image.storage
    stem = condition.hero_image.name.rsplit("/", 1)[1].rsplit(".", 1)[0]
    for width in (480, 960, 1440):
        name = f"renditions/conditions/{stem}-{width}.webp"
        with storage.open(name) as rendition:
            image = Image.open(rendition)
            assert image.format == "WEBP"
            assert image.size == (width, width // 2)


def test_page_serves_the_image_with_srcset_and_intrinsic_size(client, db):
    ClinicProfileFactory()
    condition = ConditionFactory(
        hero_image=SimpleUploadedFile("hero.jpg", image_bytes()),
        hero_image_alt="Calm sea at dawn",
    )

    html = client.get(condition.get_absolute_url()).content.decode()

    assert '<source type="image/webp" srcset="/media/renditions/conditions/' in html
    assert "-480.webp 480w" in html and "-1440.webp 1440w" in html
    assert 'alt="Calm sea at dawn" width="2000" height="1000"' in html
    assert 'fetchpriority="high"' in html  # the hero is above the fold
    assert 'loading="lazy"' not in html


def test_an_image_needs_its_description(db):
    condition = ConditionFactory.build(
        hero_image=SimpleUploadedFile("hero.jpg", image_bytes()), hero_image_alt=""
    )

    with pytest.raises(ValidationError) as error:
        condition.full_clean(exclude=["reviewed_by", "related_conditions"])

    assert "hero_image_alt" in error.value.message_dict


def test_physician_photo_is_cleaned_and_served_responsively(client, db):
    from tests.factories import PhysicianFactory

    ClinicProfileFactory()
    PhysicianFactory(
        name="Photo Doctor",
        photo=SimpleUploadedFile("face.jpg", image_bytes(size=(800, 800), exif=True)),
        photo_alt="Dr. Photo Doctor smiling in the clinic",
    )

    html = client.get("/about/").content.decode()

    assert (
        'alt="Dr. Photo Doctor smiling in the clinic" width="800" height="800"' in html
    )
    assert "-480.webp 480w" in html
    assert 'loading="lazy"' in html


@pytest.mark.parametrize(
    ("original", "widths"),
    [
        (2000, [480, 960, 1440]),
        (1440, [480, 960, 1440]),
        (800, [480, 800]),
        (300, [300]),
    ],
)
def test_renditions_are_never_wider_than_the_original(original, widths):
    from clinic_site.images import rendition_widths

    assert rendition_widths(original) == widths


def test_a_missing_image_file_does_not_break_the_page(client, db):
    ClinicProfileFactory()
    condition = ConditionFactory(
        hero_image=SimpleUploadedFile("hero.jpg", image_bytes()),
        hero_image_alt="Calm sea at dawn",
    )
    condition.hero_image.storage.delete(condition.hero_image.name)

    response = client.get(condition.get_absolute_url())

    assert response.status_code == 200
    assert 'width="2000" height="1000"' in response.content.decode()
