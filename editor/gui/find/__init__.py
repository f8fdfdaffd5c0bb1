"""Find and replace across the article (Ctrl+F, Ctrl+H)."""
