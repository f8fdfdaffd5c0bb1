"""The archive in the editor window: search while typing, suggestions, proposals, link checks."""
