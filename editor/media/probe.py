"""``probe``: what ``redaksi check`` and the editor learn about a photo before export.

It reads headers and walks the container (no pixel decode), so checking a draft
with twenty 24-megapixel photos stays interactive. It raises ``MediaError`` for
files export would refuse, and returns warnings for files export would accept
with a caveat.
"""

from __future__ import annotations

from pathlib import Path

from editor.media import messages
from editor.media.decode import OpenPhoto, open_photo
from editor.media.geometry import Size
from editor.media.types import ImageInfo, Notice
from editor.site import ImageSettings


def probe(path: Path | str, settings: ImageSettings | None = None) -> ImageInfo:
    """Size (upright), format and privacy facts of ``path``; raises ``MediaError``.

    ``settings`` supplies the pixel limit; the default profile's limit otherwise.
    """
    settings = settings or ImageSettings()
    with open_photo(path, max_pixels=settings.max_pixels) as photo:
        width, height = photo.size
        return ImageInfo(
            path=photo.path,
            width=width,
            height=height,
            format=photo.format,
            mode=photo.mode,
            has_exif=photo.meta.has_exif,
            has_gps=photo.meta.has_gps,
            animated=photo.meta.animated,
            warnings=notices_for(photo),
        )


def notices_for(photo: OpenPhoto) -> list[Notice]:
    """The caveats shown next to a photo: GPS removed, first frame only, too narrow."""
    return notices_from(photo.size, has_gps=photo.meta.has_gps, animated=photo.meta.animated)


def notices_from(size: Size, *, has_gps: bool, animated: bool) -> list[Notice]:
    notices = []
    if has_gps:
        notices.append(messages.gps_removed())
    if animated:
        notices.append(messages.first_frame_only())
    if size[0] < messages.DISCOVER_MIN_WIDTH:
        notices.append(messages.too_narrow(size[0]))
    return notices
