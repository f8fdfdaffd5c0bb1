"""GUI tests: the real window, offscreen."""
