"""User template overrides: ``generate --custom-template-path DIR`` or ``[tool.generator]
templates = "DIR"``.

A file of :data:`OVERRIDABLE` in DIR replaces the built-in template of that name (a
``ChoiceLoader`` with DIR first); any other ``*.jinja`` file there is an error. Overrides render
with the built-in environment's filters, ``StrictUndefined`` and its finalize hook, so spec text
still has to pass an escaping filter. A template that does not parse or fails to render is a
:class:`TemplateOverrideError` naming the file and line.
"""

from __future__ import annotations

import ast
import hashlib
import textwrap
import tomllib
import warnings
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2

from generator.config import ConfigError
from generator.escape import _BREAKS, _CONTROL, UnescapedSpecText

README = "README.md.jinja"
PYPROJECT = "pyproject.toml.jinja"
HEADER = "header.jinja"
OVERRIDABLE = (README, PYPROJECT, HEADER)
"""What a user may override: the generated distribution's README and pyproject.toml, and the
notice every generated module's docstring carries after its first line."""
FILTERS = "docstring, pystr, comment, md, toml or ident"


class TemplateOverrideError(ConfigError):
    """A user template that cannot be used; the message names the file and line."""


def override_files(folder: Path) -> dict[str, Path]:
    """The overrides in ``folder`` by template name; a folder that is missing, or that holds a
    ``*.jinja`` file not in :data:`OVERRIDABLE`, is an error (other files are ignored)."""
    if not folder.is_dir():
        raise TemplateOverrideError(f"{folder}: the template folder does not exist")
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if not path.name.endswith(".jinja"):
            continue
        if path.name not in OVERRIDABLE or not path.is_file():
            raise TemplateOverrideError(
                f"{path}: {path.name} cannot be overridden" f" (only {', '.join(OVERRIDABLE)} can)"
            )
        found[path.name] = path
    return found


def fingerprint(folder: Path | None) -> str:
    """Part of the cache key: the override files' names and bytes (a change regenerates)."""
    if folder is None:
        return ""
    digest = hashlib.sha256()
    for name, path in override_files(folder).items():
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return "templates=" + digest.hexdigest()[:16]


class _OverrideLoader(jinja2.FileSystemLoader):
    """The user's folder, answering only for the templates that may be overridden."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        if template not in OVERRIDABLE:
            raise jinja2.TemplateNotFound(template)
        return super().get_source(environment, template)

    def list_templates(self) -> list[str]:
        return [name for name in super().list_templates() if name in OVERRIDABLE]


def overlay(base: jinja2.Environment, folder: Path) -> jinja2.Environment:
    """``base`` (filters, undefined, finalize and all) with ``folder`` in front of its loader;
    one environment per state of the folder (a file added, removed or edited: a new one)."""
    return _overlay(base, folder, fingerprint(folder))


@lru_cache(maxsize=8)
def _overlay(base: jinja2.Environment, folder: Path, state: str) -> jinja2.Environment:
    assert base.loader is not None
    loader = jinja2.ChoiceLoader([_OverrideLoader(str(folder)), base.loader])
    return base.overlay(loader=loader)


# the last header rendered, by the identity of its environment and API: every module of a
# package has the same one (Stripe: 4,300 modules), so it is rendered and checked once
_last_header: tuple[jinja2.Environment, Any, str] | None = None


@jinja2.pass_environment
def module_header(env: jinja2.Environment, api: Any) -> str:
    """``header.jinja`` rendered for ``api``, as the end of a module docstring: a blank line,
    the text and a newline (nothing when it renders empty). Laid out as black keeps it
    (dedented, no trailing spaces); text that would end the docstring is refused."""
    global _last_header
    if _last_header is not None and _last_header[0] is env and _last_header[1] is api:
        return _last_header[2]
    text = _module_header(env, api)
    _last_header = (env, api, text)
    return text


def forget_header() -> None:
    """Drop the remembered header (and with it the API it was rendered for, which a
    long-lived process, ``watch``, would otherwise keep until its next generation)."""
    global _last_header
    _last_header = None


def _module_header(env: jinja2.Environment, api: Any) -> str:
    template = env.get_template(HEADER)
    text = _CONTROL.sub("", _BREAKS.sub("\n", template.render(api=api).replace("\r\n", "\n")))
    lines = [line.expandtabs().rstrip() for line in text.split("\n")]
    text = textwrap.dedent("\n".join(lines)).strip("\n")
    if not text.strip():
        return ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            tree = ast.parse(f'"""x\n\n{text}\n"""\n')
        ok = len(tree.body) == 1 and isinstance(getattr(tree.body[0], "value", None), ast.Constant)
    except (SyntaxError, ValueError, Warning):
        ok = False
    if not ok:
        raise TemplateOverrideError(
            f"{template.filename}: renders text that cannot stand inside a docstring"
            ' (no """, no backslash escapes)'
        )
    return f"\n\n{text}\n"


def check_pyproject(text: str, folder: Path | None) -> None:
    """An overridden pyproject.toml must still be TOML."""
    if folder is None or not (folder / PYPROJECT).is_file():
        return
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateOverrideError(f"{folder / PYPROJECT}: renders invalid TOML: {exc}") from None


def user_error(exc: BaseException, folder: Path) -> TemplateOverrideError | None:
    """``exc``, raised while rendering, as a one-line error naming the user template and line
    it came from; None when no user template was involved (a generator bug: let it show)."""
    if isinstance(exc, TemplateOverrideError):
        return exc
    root = folder.resolve()
    if isinstance(exc, jinja2.TemplateSyntaxError):
        if exc.filename and _inside(exc.filename, root):
            return TemplateOverrideError(
                f"{exc.filename}:{exc.lineno}: invalid template: {exc.message}"
            )
        return None
    where = _user_frame(exc.__traceback__, root)
    if where is None:
        return None
    path, line = where
    if isinstance(exc, UnescapedSpecText):
        what = f"{exc}; pass it through an escaping filter ({FILTERS})"
    elif isinstance(exc, jinja2.TemplateError):
        what = exc.message or type(exc).__name__
    else:
        what = f"{type(exc).__name__}: {exc}"
    return TemplateOverrideError(f"{path}:{line}: cannot render: {what}")


def _inside(filename: str, root: Path) -> bool:
    try:
        return Path(filename).resolve().is_relative_to(root)
    except (OSError, ValueError):
        return False


def _user_frame(tb: TracebackType | None, root: Path) -> tuple[str, int] | None:
    """The innermost traceback frame in a user template (Jinja rewrites template frames to
    carry the template's file name and line)."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".jinja") and _inside(filename, root):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
