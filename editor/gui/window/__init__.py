"""The editor window: its actions, menus, file handling, autosave, remembered state."""
