"""From a file to upright sRGB pixels, decoded no larger than the caller needs.

``OpenPhoto`` is the header-only stage (cheap, used by ``probe``); ``pixels`` does
the expensive part once: reduced-scale decode (JPEG draft mode, HEIC thumbnails),
EXIF orientation, colour conversion. Metadata is read here only to *report* it;
none of it survives into the returned image.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PIL import Image

from editor.media import source
from editor.media.color import to_srgb
from editor.media.geometry import Size

ORIENTATION_TAG = 0x0112
GPS_IFD = 0x8825
# Exif sub-IFD, GPS IFD, Make, Model, DateTime: tags that mean "camera metadata".
EXIF_MARKERS = {0x8769, GPS_IFD, 0x010F, 0x0110, 0x0132}
XMP_KEYS = ("xmp", "XML:com.adobe.xmp")
XMP_GPS_MARKERS = (b"GPSLatitude", b"GPSLongitude", b"GPSAltitude")
TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
DRAFT_FORMATS = {"JPEG", "MPO", "HEIF"}


@dataclass(slots=True)
class Metadata:
    """What the source file carries that must not reach the web."""

    orientation: int = 1
    has_exif: bool = False
    has_gps: bool = False
    animated: bool = False


@dataclass(slots=True)
class OpenPhoto:
    """An opened, not yet decoded photo; use as a context manager to close the file.

    ``pixels`` may be called once: it hands the decoded bitmap over and lets go
    of it, so the caller alone decides when the (largest) buffer is freed.
    """

    path: Path
    image: Image.Image | None
    format: str
    mode: str
    stored_size: Size
    meta: Metadata = field(default_factory=Metadata)

    @property
    def size(self) -> Size:
        """Width and height as the reader will see them (after EXIF orientation)."""
        width, height = self.stored_size
        return (height, width) if self.meta.orientation in (5, 6, 7, 8) else (width, height)

    def __enter__(self) -> OpenPhoto:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.image is not None:
            self.image.close()
            self.image = None

    def pixels(self, at_least: Size | None = None) -> Image.Image:
        """Upright sRGB ``RGB``/``RGBA`` pixels of the first frame, at least ``at_least``
        large (oriented) where the format can decode at a reduced scale."""
        image = self.image
        if image is None:
            raise RuntimeError("OpenPhoto.pixels() was already called")
        if at_least and self.format in DRAFT_FORMATS:
            _draft(image, at_least, self.meta.orientation)
        try:
            image.load()
            method = TRANSPOSE.get(self.meta.orientation)
            upright = image.transpose(method) if method is not None else image
            result = to_srgb(upright)
        except source.DECODE_ERRORS as exc:
            raise source.decode_failure(self.path, exc) from exc
        self.image = None
        if result is not image:
            image.close()
        elif getattr(image, "fp", None) is not None:
            image.fp.close()  # keep the pixels we return, release the file
        return result


def _draft(image: Image.Image, at_least: Size, orientation: int) -> None:
    """Ask the decoder for a reduced scale that still covers ``at_least``."""
    wanted = at_least[::-1] if orientation in (5, 6, 7, 8) else at_least
    wanted = (max(1, wanted[0]), max(1, wanted[1]))
    if wanted[0] < image.width or wanted[1] < image.height:
        image.draft(image.mode, wanted)


def open_photo(path: Path | str, *, max_pixels: int) -> OpenPhoto:
    """Open ``path`` for reading its header and, later, its pixels."""
    path = Path(path)
    image = source.open_image(path, max_pixels=max_pixels)
    try:
        meta = read_metadata(image)
    except BaseException:
        image.close()
        raise
    return OpenPhoto(path, image, image.format or "", image.mode, image.size, meta)


def read_metadata(image: Image.Image) -> Metadata:
    """Orientation, EXIF and GPS presence, and animation, from the header alone."""
    exif = _exif(image)
    orientation = exif.get(ORIENTATION_TAG, 1) if exif is not None else 1
    if not isinstance(orientation, int) or orientation not in range(1, 9):
        orientation = 1
    gps = _has_gps_ifd(exif) or _xmp_has_gps(image)
    animated = bool(getattr(image, "is_animated", False)) and image.format != "MPO"
    # A TIFF's own tags come back from getexif() too; only camera tags count there.
    has_exif = bool(image.info.get("exif")) or bool(exif and EXIF_MARKERS & set(exif))
    return Metadata(orientation, has_exif, gps, animated)


def _exif(image: Image.Image) -> Image.Exif | None:
    """The parsed EXIF block, or ``None`` when it is missing or too broken to parse.

    A malformed maker note must not stop a photo from being published; the
    outputs never carry EXIF anyway.
    """
    try:
        return image.getexif()
    except Exception:  # Pillow's TIFF parser raises many types on junk EXIF
        return None


def _has_gps_ifd(exif: Image.Exif | None) -> bool:
    if not exif or GPS_IFD not in exif:
        return False
    try:
        return bool(exif.get_ifd(GPS_IFD))
    except Exception:  # an unreadable GPS block still means GPS was there
        return True


def _xmp_has_gps(image: Image.Image) -> bool:
    """GPS can hide in XMP (``exif:GPSLatitude``), e.g. after Lightroom or a phone app."""
    for key in XMP_KEYS:
        xmp = image.info.get(key)
        if isinstance(xmp, str):
            xmp = xmp.encode("utf-8", "replace")
        if isinstance(xmp, bytes) and any(m in xmp for m in XMP_GPS_MARKERS):
            return True
    return False
