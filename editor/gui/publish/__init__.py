"""File → Publish…: the worker job, its dialog and the questions it asks."""
