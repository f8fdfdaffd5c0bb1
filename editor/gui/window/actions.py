"""Every command of the window, declared once: id, text, shortcut, icon, handler.

Menus, the toolbar, shortcuts and the retranslation all read this table
(Picard's ``ui/mainwindow/actions.py``), so a command cannot end up with two
shortcuts or a menu entry without a tooltip. Standard commands use
``QKeySequence.StandardKey`` so each platform gets its own keys. ``handler`` names
a method of the main window; ``data`` is passed to it when set (radio groups).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from editor.gui.icons import icon

SK = QKeySequence.StandardKey
ROLE = QAction.MenuRole


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str
    handler: str
    shortcut: SK | str | None = None
    icon: str | None = None
    tip: str | None = None
    checkable: bool = False
    group: str | None = None
    data: str | None = None
    role: QAction.MenuRole | None = None
    translate: bool = True
    beside_icon: bool = False  # toolbar shows the text next to the icon


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New"), "on_new", SK.New, "new"),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "on_open", SK.Open, "open"),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import…"), "on_import", "Ctrl+Shift+O", "open",
               QT_TRANSLATE_NOOP("Actions", "Open a Word, Google Docs, text or web page article as a new draft")),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save"), "on_save", SK.Save, "save"),
    ActionSpec("save_as", QT_TRANSLATE_NOOP("Actions", "Save &As…"), "on_save_as", SK.SaveAs, "save-as"),
    ActionSpec("revert", QT_TRANSLATE_NOOP("Actions", "Re&vert to Saved"), "on_revert", None, "revert"),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "Revision &History…"), "on_history", "Ctrl+Shift+H",
               "history", QT_TRANSLATE_NOOP("Actions", "Earlier saved versions: what changed, and restore one")),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export…"), "on_export", "Ctrl+Shift+E", "export",
               QT_TRANSLATE_NOOP("Actions", "Export the article as a web page with its metadata")),
    ActionSpec("publish", QT_TRANSLATE_NOOP("Actions", "&Publish…"), "on_publish", None, "publish",
               QT_TRANSLATE_NOOP("Actions", "Send the article to the site")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "on_quit", SK.Quit, "quit", role=ROLE.QuitRole),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "on_undo", SK.Undo, "undo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "on_redo", SK.Redo, "redo"),
    ActionSpec("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), "on_cut", SK.Cut),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), "on_copy", SK.Copy),
    ActionSpec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), "on_paste", SK.Paste),
    ActionSpec("paste_plain", QT_TRANSLATE_NOOP("Actions", "Paste as Plain &Text"), "on_paste_plain",
               "Ctrl+Shift+V", "paste-plain"),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), "on_select_all", SK.SelectAll),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "on_find", SK.Find, None,
               QT_TRANSLATE_NOOP("Actions", "Find words in the headline, deck, text, captions "
                                            "and related stories")),
    ActionSpec("replace", QT_TRANSLATE_NOOP("Actions", "R&eplace…"), "on_replace", SK.Replace),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), "on_find_next", SK.FindNext),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), "on_find_previous",
               SK.FindPrevious),
    ActionSpec("card_edit", QT_TRANSLATE_NOOP("Actions", "&Edit Card…"), "on_card_edit", "F2", "edit",
               QT_TRANSLATE_NOOP("Actions", "Edit the Baca Juga, photo or embed at the cursor")),
    ActionSpec("card_up", QT_TRANSLATE_NOOP("Actions", "Move Card &Up"), "on_card_up", "Alt+Shift+Up", "up"),
    ActionSpec("card_down", QT_TRANSLATE_NOOP("Actions", "Move Card &Down"), "on_card_down", "Alt+Shift+Down",
               "down"),
    ActionSpec("card_delete", QT_TRANSLATE_NOOP("Actions", "De&lete Card"), "on_card_delete", None, "remove"),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "P&references…"), "on_preferences", SK.Preferences,
               "preferences", role=ROLE.PreferencesRole),
    # Insert
    ActionSpec("baca_juga", QT_TRANSLATE_NOOP("Actions", "&Baca Juga…"), "on_insert_baca_juga", "Ctrl+Shift+B",
               "baca-juga", QT_TRANSLATE_NOOP("Actions", "Insert a Baca Juga link between paragraphs"),
               beside_icon=True),
    ActionSpec("photo", QT_TRANSLATE_NOOP("Actions", "Featured &Photo…"), "on_choose_photo", "Ctrl+Shift+F",
               "photo", QT_TRANSLATE_NOOP("Actions", "Choose the photo shown above the article"),
               beside_icon=True),
    ActionSpec("inline_image", QT_TRANSLATE_NOOP("Actions", "&Image in the Text…"), "on_insert_image", None,
               "image-inline", QT_TRANSLATE_NOOP("Actions", "Insert a photo between paragraphs")),
    ActionSpec("embed", QT_TRANSLATE_NOOP("Actions", "E&mbed (Video, Post)…"), "on_insert_embed", None, "embed",
               QT_TRANSLATE_NOOP("Actions", "Insert a link card to a video or social media post")),
    ActionSpec("related_add", QT_TRANSLATE_NOOP("Actions", "&Related Story…"), "on_add_related", "Ctrl+Shift+R",
               "related", QT_TRANSLATE_NOOP("Actions", "Add a story to Berita Terkait")),
    # Format
    ActionSpec("bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), "on_bold", SK.Bold, "bold", checkable=True),
    ActionSpec("italic", QT_TRANSLATE_NOOP("Actions", "&Italic"), "on_italic", SK.Italic, "italic",
               checkable=True),
    ActionSpec("link", QT_TRANSLATE_NOOP("Actions", "&Link…"), "on_link", "Ctrl+K", "link",
               QT_TRANSLATE_NOOP("Actions", "Link the selected words to a web address")),
    ActionSpec("paragraph", QT_TRANSLATE_NOOP("Actions", "&Paragraph"), "on_paragraph", "Ctrl+0", "paragraph"),
    ActionSpec("heading2", QT_TRANSLATE_NOOP("Actions", "Subheading (H&2)"), "on_heading2", "Ctrl+2",
               "heading-2", checkable=True),
    ActionSpec("heading3", QT_TRANSLATE_NOOP("Actions", "Minor Subheading (H&3)"), "on_heading3", "Ctrl+3",
               "heading-3", checkable=True),
    ActionSpec("quote", QT_TRANSLATE_NOOP("Actions", "&Quote"), "on_quote", "Ctrl+Shift+9", "quote",
               checkable=True),
    ActionSpec("quote_attribution", QT_TRANSLATE_NOOP("Actions", "Quote &Attribution…"), "on_quote_attribution"),
    ActionSpec("bullets", QT_TRANSLATE_NOOP("Actions", "B&ulleted List"), "on_bullets", "Ctrl+Shift+8",
               "list-bullet", checkable=True),
    ActionSpec("numbers", QT_TRANSLATE_NOOP("Actions", "&Numbered List"), "on_numbers", "Ctrl+Shift+7",
               "list-number", checkable=True),
    ActionSpec("clear_format", QT_TRANSLATE_NOOP("Actions", "&Clear Formatting"), "on_clear_format", "Ctrl+\\",
               "clear-format"),
    # View
    ActionSpec("device_phone", QT_TRANSLATE_NOOP("Actions", "P&hone Width"), "on_device", None, "phone",
               QT_TRANSLATE_NOOP("Actions", "Preview at phone width (390 px)"), True, "device", "phone"),
    ActionSpec("device_desktop", QT_TRANSLATE_NOOP("Actions", "&Desktop Width"), "on_device", None, "desktop",
               QT_TRANSLATE_NOOP("Actions", "Preview at desktop width (1280 px)"), True, "device", "desktop"),
    ActionSpec("device_social", QT_TRANSLATE_NOOP("Actions", "&Search and Social"), "on_device", None,
               "search-social", QT_TRANSLATE_NOOP("Actions", "Preview the search result and the shared link"),
               True, "device", "social"),
    ActionSpec("toggle_preview", QT_TRANSLATE_NOOP("Actions", "Show &Preview"), "on_toggle_preview", "F9",
               checkable=True),
    ActionSpec("show_related", QT_TRANSLATE_NOOP("Actions", "&Related Stories"), "on_show_section", "Alt+1",
               data="related"),
    ActionSpec("show_meta", QT_TRANSLATE_NOOP("Actions", "&Tags and Authors"), "on_show_section", "Alt+2",
               data="meta"),
    ActionSpec("show_checks", QT_TRANSLATE_NOOP("Actions", "&Checks"), "on_show_section", "Alt+3",
               data="checks"),
    ActionSpec("show_seo", QT_TRANSLATE_NOOP("Actions", "S&earch Title and Description"), "on_show_section",
               "Alt+4", data="seo"),
    ActionSpec("lang_id", "Bahasa Indonesia", "on_language", checkable=True, group="language",
               data="id", translate=False),
    ActionSpec("lang_en", "English", "on_language", checkable=True, group="language",
               data="en", translate=False),
    # Help
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "on_shortcuts",
               "Ctrl+/", None, QT_TRANSLATE_NOOP("Actions", "Every command's keys, on one sheet")),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Redaksi"), "on_about", None, "about",
               role=ROLE.AboutRole),
)

SPECS = {spec.id: spec for spec in ACTIONS}

# Menus: action ids, None for a separator, "@name" for a submenu declared in SUBMENUS.
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File"), ("new", "open", "@recent", "import", None, "save", "save_as", "revert",
                                   "history", None, "export", "publish", None, "quit")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit"), ("undo", "redo", None, "cut", "copy", "paste", "paste_plain",
                                   "select_all", None, "find", "replace", "find_next",
                                   "find_previous", None, "card_edit", "card_up", "card_down",
                                   "card_delete", None, "preferences")),
    ("insert", QT_TRANSLATE_NOOP("Menus", "&Insert"), ("baca_juga", "photo", "inline_image", "embed", None,
                                       "related_add")),
    ("format", QT_TRANSLATE_NOOP("Menus", "F&ormat"), ("bold", "italic", "link", None, "paragraph", "heading2",
                                       "heading3", "quote", "quote_attribution", "bullets",
                                       "numbers", None, "clear_format")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View"), ("device_phone", "device_desktop", "device_social",
                                   "toggle_preview", None, "show_related", "show_meta",
                                   "show_checks", "show_seo", None,
                                   "@language")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help"), ("shortcuts", None, "about")),
)
SUBMENUS: dict[str, tuple[str, tuple[str, ...]]] = {
    "recent": (QT_TRANSLATE_NOOP("Menus", "Open &Recent"), ()),
    "language": (QT_TRANSLATE_NOOP("Menus", "&Language"), ("lang_id", "lang_en")),
}
TOOLBAR: tuple[str | None, ...] = (
    "bold", "italic", "link", "heading2", "heading3", "quote", "bullets", "numbers", None,
    "baca_juga", "photo", None, "device_phone", "device_desktop", "device_social",
)


def build_actions(window: QObject) -> dict[str, QAction]:
    """Create every action, parented to and handled by ``window``."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = QAction(window)
        action.setObjectName(f"action_{spec.id}")
        if spec.shortcut is not None:
            keys = QKeySequence.keyBindings(spec.shortcut) if isinstance(spec.shortcut, SK) \
                else [QKeySequence(spec.shortcut)]
            action.setShortcuts(keys)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.setCheckable(spec.checkable)
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        action.triggered.connect(_caller(window, spec))
        actions[spec.id] = action
    retranslate_actions(actions)
    return actions


def _caller(window: QObject, spec: ActionSpec):
    handler = getattr(window, spec.handler)
    if spec.data is not None:
        return lambda _checked=False: handler(spec.data)
    if spec.checkable:
        return lambda checked=False: handler(bool(checked))
    return lambda _checked=False: handler()


def _lookup(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for action_id, action in actions.items():
        spec = SPECS[action_id]
        text = _lookup("Actions", spec.text) if spec.translate else spec.text
        action.setText(text)
        action.setIconText(text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                           .rstrip("…"))
        plain = action.iconText()
        tip = _lookup("Actions", spec.tip) if spec.tip else plain
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    for menu_id, _title, items in MENUS:
        menu = bar.addMenu("")
        menu.setObjectName(f"menu_{menu_id}")
        menus[menu_id] = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            elif item.startswith("@"):
                sub = menu.addMenu("")
                sub.setObjectName(f"menu_{item[1:]}")
                sub.addActions([actions[a] for a in SUBMENUS[item[1:]][1]])
                menus[item[1:]] = sub
            else:
                menu.addAction(actions[item])
    retranslate_menus(menus)
    return menus


def retranslate_menus(menus: dict[str, QMenu]) -> None:
    titles = {menu_id: title for menu_id, title, _items in MENUS}
    titles.update({name: title for name, (title, _items) in SUBMENUS.items()})
    for menu_id, menu in menus.items():
        menu.setTitle(_lookup("Menus", titles[menu_id]))


def fill_toolbar(toolbar: QToolBar, actions: dict[str, QAction]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    for item in TOOLBAR:
        if item is None:
            toolbar.addSeparator()
            continue
        toolbar.addAction(actions[item])
        button = toolbar.widgetForAction(actions[item])
        if SPECS[item].beside_icon and isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
