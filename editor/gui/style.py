"""The writing desk's look: fonts, colours and the stylesheet of the writing column.

The column should read like the article (look.md): a large serif headline, a grey
deck, body text in a serif at a comfortable measure with 1.5 line height. Colours
are derived from the system palette (so dark themes work) plus the site's accent.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

SERIF_FAMILIES = ["Noto Serif", "Georgia", "DejaVu Serif", "Liberation Serif", "Times New Roman"]
BODY_POINT_SIZE = 12.5
HEADLINE_POINT_SIZE = 22.0
DECK_POINT_SIZE = 13.5
LINE_HEIGHT_PERCENT = 150
COLUMN_MAX_WIDTH = 760  # ~70 characters of body text plus the margins
DEFAULT_ACCENT = "#a4161a"


def serif(point_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def palette() -> QPalette:
    return QGuiApplication.palette()


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def text_colour() -> QColor:
    return palette().color(QPalette.ColorRole.Text)


def base_colour() -> QColor:
    return palette().color(QPalette.ColorRole.Base)


def muted_colour() -> QColor:
    """Secondary text (deck, captions, counts): readable, but clearly quieter."""
    return mix(text_colour(), base_colour(), 0.38)


def is_dark() -> bool:
    return base_colour().lightnessF() < 0.5


def accent_colour(accent: str = DEFAULT_ACCENT) -> QColor:
    colour = QColor(accent)
    if not colour.isValid():
        colour = QColor(DEFAULT_ACCENT)
    return colour.lighter(160) if is_dark() else colour


def card_tint(accent: str = DEFAULT_ACCENT) -> QColor:
    """The Baca Juga card's background: the page colour with a breath of the accent."""
    return mix(base_colour(), accent_colour(accent), 0.07)


def link_colour() -> QColor:
    return palette().color(QPalette.ColorRole.Link)


def warning_colour() -> QColor:
    return QColor("#f0b429") if is_dark() else QColor("#b45309")


def error_colour() -> QColor:
    return QColor("#ff6b6b") if is_dark() else QColor("#b91c1c")


def column_stylesheet(accent: str = DEFAULT_ACCENT) -> str:
    """Borderless fields on a page-coloured column; a quiet underline shows focus."""
    page = base_colour().name()
    rule = mix(text_colour(), base_colour(), 0.85).name()
    focus = accent_colour(accent).name()
    muted = muted_colour().name()
    return f"""
    #writingPage {{ background: {page}; }}
    #writingPage QPlainTextEdit, #writingPage QTextEdit#body {{
        background: transparent; border: none; border-bottom: 1px solid transparent;
    }}
    #writingPage QPlainTextEdit:focus {{ border-bottom: 1px solid {focus}; }}
    #writingPage QLabel#headlineCount {{ color: {muted}; }}
    #writingPage QLabel#urlLabel, #writingPage QLabel#hint {{ color: {muted}; }}
    #writingPage QLabel#fieldLabel {{
        color: {muted}; font-size: 8pt; font-weight: 600;
    }}
    #writingPage QFrame#photoCard {{
        border: 1px solid {rule}; border-radius: 6px; background: {page};
    }}
    #writingPage QFrame#photoCard QPlainTextEdit, #writingPage QFrame#photoCard QLineEdit {{
        border: none; border-bottom: 1px solid {rule}; background: transparent;
        padding: 2px 0;
    }}
    #writingPage QFrame#photoCard QPlainTextEdit:focus,
    #writingPage QFrame#photoCard QLineEdit:focus {{ border-bottom: 1px solid {focus}; }}
    #writingPage QComboBox#section {{
        font-weight: 600; color: {focus}; border: none; background: transparent;
        padding: 2px 4px;
    }}
    #writingPage QDateTimeEdit#published, #writingPage QDateTimeEdit#updated {{
        border: none; background: transparent;
    }}
    #writingPage QWidget#updateRow QLabel {{ color: {muted}; }}
    #writingPage QComboBox#correctionKind {{
        font-weight: 600; color: {focus}; border: none; background: transparent;
        padding: 2px 4px;
    }}
    """
