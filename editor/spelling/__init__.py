"""Indonesian spell checking, without Qt: the Hunspell dictionary, the site's and the
journalist's word lists, and the words of an article that none of them knows.

The editor underlines those words as you type (``editor.gui.spelling``), and
``redaksi check`` lists them as notes (``notes.spelling_notes``).
"""
