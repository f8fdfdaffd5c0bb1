"""Redaksi's bundled files, installed as the package ``editor.resources``.

Page templates and theme CSS, the draft's JSON Schema, icons, the UI translations, the
sample site profile and the sample articles. They stay in this top-level folder of the
checkout; ``setup.py`` maps the folder into the package, so a wheel, an sdist and an
editable install all carry it, and the code finds it as this package
(``editor.paths.RESOURCES``) wherever Redaksi is installed.
"""
