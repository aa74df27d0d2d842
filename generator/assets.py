"""Where the generator's templates and the client runtime are.

``templates/`` at the top of the repository is packaged as ``generator.templates`` (the
``package-dir`` mapping in ``pyproject.toml``), so it is found through the import system in an
installed wheel or sdist (``site-packages/generator/templates``) and in an editable install
(setuptools maps the package to the checkout's ``templates/``). A checkout used without
installing it (``PYTHONPATH=.``) has no such package: the folder beside ``generator/`` is used.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
"""The ``generator`` package's own folder (its code; in a wheel, its templates too)."""


def _templates_dir() -> Path:
    try:
        found = files("generator.templates")
    except ModuleNotFoundError:  # a checkout that is not installed
        return PACKAGE_DIR.parent / "templates"
    return Path(str(found)).resolve()


TEMPLATES = _templates_dir()
"""The Jinja templates of a generated distribution."""
RUNTIME_DIR = TEMPLATES / "runtime"
"""The client runtime, copied into every generated package as ``_runtime/``."""
