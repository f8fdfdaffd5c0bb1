"""Headless command-line commands, one module each."""
