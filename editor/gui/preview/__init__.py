"""The live preview: a QtWebEngine page of the article at phone or desktop width.

Empty on purpose: importing ``editor.gui.preview.pane`` loads QtWebEngine, which has to
happen before the QApplication exists (``editor.gui.app`` does it through ``host``).
"""
