"""Uploaded images: validated, stripped of metadata, and served as WebP
renditions at a few widths through `<picture>` with `srcset`."""

from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.utils.html import format_html
from django.utils.safestring import SafeString
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
RENDITION_WIDTHS = (480, 960, 1440)
WEBP_QUALITY = 80


def validate_image_upload(file) -> None:
    """A real JPEG, PNG or WebP of at most 10 MB, whatever its name says."""
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError("The image is larger than 10 MB; please resize it.")
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError(
            "This file is not an image we can read. Upload a JPEG, PNG or WebP."
        ) from error
    finally:
        file.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            f"{image_format} images are not accepted. Upload a JPEG, PNG or WebP."
        )


def rendition_name(name: str, width: int) -> str:
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}.webp")


def rendition_widths(original_width: int) -> list[int]:
    """The standard widths below the original, plus the original when it is not
    wider than the largest standard width (images are never enlarged)."""
    widths = [w for w in RENDITION_WIDTHS if w < original_width]
    if original_width <= RENDITION_WIDTHS[-1]:
        widths.append(original_width)
    return widths


def process_upload(field_file: ImageFieldFile) -> None:
    """Rewrite the original without EXIF (location, camera) and write the WebP
    renditions. Called when a new image is saved."""
    storage = field_file.storage
    with storage.open(field_file.name, "rb") as source:
        image = Image.open(source)
        image_format = image.format
        image.load()
    image = ImageOps.exif_transpose(image)  # keep the orientation EXIF described
    clean = BytesIO()
    save_kwargs = {"quality": 85, "optimize": True} if image_format == "JPEG" else {}
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    image.save(clean, format=image_format, **save_kwargs)  # no exif= → none kept
    storage.delete(field_file.name)
    storage.save(field_file.name, ContentFile(clean.getvalue()))

    for width in rendition_widths(image.width):
        height = round(image.height * width / image.width)
        rendition = image.resize((width, height), Image.Resampling.LANCZOS)
        if rendition.mode not in ("RGB", "RGBA"):
            rendition = rendition.convert("RGBA" if "A" in rendition.mode else "RGB")
        buffer = BytesIO()
        rendition.save(buffer, format="WEBP", quality=WEBP_QUALITY, method=4)
        name = rendition_name(field_file.name, width)
        if storage.exists(name):
            storage.delete(name)
        storage.save(name, ContentFile(buffer.getvalue()))


class ResponsiveImageField(models.ImageField):
    """An uploaded image that is validated, stripped of metadata and given WebP
    renditions when a new file is saved: one place for every model's images."""

    default_validators = [validate_image_upload]

    def pre_save(self, model_instance: models.Model, add: bool) -> ImageFieldFile:
        file = getattr(model_instance, self.attname)
        is_new_upload = bool(file) and not file._committed
        file = super().pre_save(model_instance, add)  # writes the file to storage
        if is_new_upload:
            process_upload(file)
        return file


def picture_tag(
    field_file: ImageFieldFile,
    *,
    alt: str,
    sizes: str = "100vw",
    eager: bool = False,
    css_class: str = "",
) -> SafeString:
    """`<picture>` with WebP renditions, intrinsic size, and lazy loading unless
    the image is above the fold (`eager`)."""
    # Dimensions stored with the row: rendering never opens the file, and a
    # missing file costs a broken image, not a failed page.
    field, instance = field_file.field, field_file.instance
    width = getattr(instance, field.width_field)
    height = getattr(instance, field.height_field)
    storage = field_file.storage
    srcset = ", ".join(
        f"{storage.url(rendition_name(field_file.name, w))} {w}w"
        for w in rendition_widths(width)
    )
    loading = 'fetchpriority="high"' if eager else 'loading="lazy"'
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" alt="{}" width="{}" height="{}" class="{}" decoding="async" {}>'
        "</picture>",
        srcset,
        sizes,
        field_file.url,
        alt,
        width,
        height,
        css_class,
        SafeString(loading),
    )
