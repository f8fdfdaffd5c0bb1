"""The one build setting pyproject.toml cannot express: the top-level ``resources/`` folder
ships inside the package as ``editor.resources`` (see ``resources/__init__.py``), its
sub-folders (templates, i18n, ...) as data folders of it. Everything else is in
pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

DATA_FOLDERS = sorted(p.name for p in Path("resources").iterdir()
                      if p.is_dir() and p.name != "__pycache__")

setup(
    packages=[*find_packages(include=["editor", "editor.*"]), "editor.resources",
              *(f"editor.resources.{name}" for name in DATA_FOLDERS)],
    package_dir={"editor.resources": "resources"},
)
