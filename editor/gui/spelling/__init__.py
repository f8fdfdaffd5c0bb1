"""Spell checking as you type: the checker in a worker, underlines, the context menu."""
