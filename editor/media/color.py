"""Pixel formats and colour: every decoded photo leaves here as 8-bit sRGB.

Browsers treat untagged images as sRGB, and we publish untagged files (an ICC
profile is metadata we would rather not carry, and costs bytes), so anything in
Adobe RGB, Display P3 or an agency's CMYK profile must be converted here or it
would look washed out or garish. 16-bit and float modes are scaled, not clipped.
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageCms

ALPHA_MODES = {"RGBA", "LA", "La", "PA", "RGBa"}
SIXTEEN_BIT = {"I;16", "I;16L", "I;16B", "I;16N", "I"}
WHITE = (255, 255, 255)

_srgb_profile: ImageCms.ImageCmsProfile | None = None


def _srgb() -> ImageCms.ImageCmsProfile:
    global _srgb_profile
    if _srgb_profile is None:
        _srgb_profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return _srgb_profile


def to_srgb(image: Image.Image) -> Image.Image:
    """``image`` as ``RGB`` or ``RGBA`` in sRGB, with an empty ``info``.

    Emptying ``info`` matters for privacy: Pillow's JPEG and AVIF writers pick up
    ``comment`` and ``icc_profile`` from it even when the caller passes nothing.
    When no conversion is needed the same object is returned (a 24-megapixel copy
    would cost 100 MB), so pass an image you own.
    """
    icc = image.info.get("icc_profile")
    image = _eight_bit(image)
    converted = _apply_profile(image, icc) if icc else None
    result = converted if converted is not None else _plain(image)
    if result.mode == "RGBA" and not has_alpha(result):
        result = result.convert("RGB")  # an opaque alpha channel only costs bytes and time
    result.info = {}
    return result


def _eight_bit(image: Image.Image) -> Image.Image:
    """Scale 16-bit and float greyscale down to ``L`` (Pillow's own convert would clip)."""
    if image.mode in SIXTEEN_BIT:
        wide = image if image.mode == "I" else image.convert("I")
        high = wide.getextrema()[1]
        scaled = wide.point(lambda v: v * (1 / 256)) if high > 255 else wide
        return scaled.convert("L")
    if image.mode == "F":
        high = image.getextrema()[1]
        scaled = image.point(lambda v: v * 255) if high <= 1.0 else image
        return scaled.convert("L")
    return image


def _plain(image: Image.Image) -> Image.Image:
    """RGB or RGBA without colour management (the source claims no profile)."""
    if image.mode in ("RGB", "RGBA"):
        return image
    if image.mode in ALPHA_MODES or image.has_transparency_data:
        return image.convert("RGBA")
    return image.convert("RGB")


def _apply_profile(image: Image.Image, icc: bytes) -> Image.Image | None:
    """Convert through the embedded profile; ``None`` when it is sRGB already or unusable.

    A broken profile is not worth refusing a news photo over: we fall back to
    reading the pixels as sRGB, which is what browsers would do.
    """
    try:
        source = ImageCms.ImageCmsProfile(BytesIO(icc))
        if _is_srgb(source, image.mode):
            return None
        if image.mode not in ("RGB", "RGBA", "CMYK", "L", "LA"):
            image = _plain(image)
        alpha = image.getchannel("A") if image.mode in ("RGBA", "LA") else None
        colour = image.convert(image.mode[:-1]) if alpha is not None else image
        transform = ImageCms.buildTransform(
            source, _srgb(), colour.mode, "RGB",
            renderingIntent=ImageCms.Intent.PERCEPTUAL,
        )
        result = ImageCms.applyTransform(colour, transform)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None
    if alpha is not None:
        result.putalpha(alpha)
    return result


def _is_srgb(profile: ImageCms.ImageCmsProfile, mode: str) -> bool:
    """True for RGB profiles that call themselves sRGB: converting them would only
    cost time (about 20 ms per megapixel) and round-off."""
    if mode not in ("RGB", "RGBA", "P", "RGBX"):
        return False
    description = ImageCms.getProfileDescription(profile) or ""
    return "sRGB" in description and profile.profile.xcolor_space.strip() == "RGB"


def flatten(image: Image.Image, background: tuple[int, int, int] = WHITE) -> Image.Image:
    """``RGB`` for JPEG: transparent areas become ``background`` (white), not black."""
    if image.mode != "RGBA":
        return image if image.mode == "RGB" else image.convert("RGB")
    base = Image.new("RGB", image.size, background)
    base.paste(image, mask=image.getchannel("A"))
    return base


def has_alpha(image: Image.Image) -> bool:
    """Whether any pixel of an ``RGBA`` image is actually see-through."""
    if image.mode != "RGBA":
        return False
    return image.getchannel("A").getextrema()[0] < 255
