"""The body editor: a QTextEdit over the model\x27s blocks."""
