"""Dialogs: forms for links and cards, export, preferences, and the interaction seam."""
