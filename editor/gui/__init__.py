"""The Qt layer: app, actions, main window, widgets, dialogs, preview, undo, translations.

Nothing outside ``editor.gui`` imports Qt. Importing this package first guards
against a reference-counting defect of the Qt binding (see ``compat``).
"""

from editor.gui.compat import protect_singletons

protect_singletons()
