"""The article being edited: its session and undo history, and the writing column's panels."""
