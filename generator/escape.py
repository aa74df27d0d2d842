"""The escaping filters: the only way text that came from a spec reaches generated code.

``docstring`` (inside triple quotes), ``pystr`` (a Python string literal), ``comment`` (after
``#``), ``md`` (Markdown text) and ``ident`` (an identifier checked to be one). The renderer
refuses to emit :class:`~generator.ir.SpecText` that did not pass one of them.
"""

from __future__ import annotations

import keyword
import re
from typing import Any


class UnescapedSpecText(RuntimeError):
    pass


# characters Python treats as line breaks somewhere (tokenizer, str.splitlines, editors)
_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def docstring(value: Any, indent: int = 0) -> str:
    """Text safe inside a triple-quoted docstring (no closing quotes, no escapes that run),
    laid out as black lays out docstrings: first line stripped, the others re-indented to
    ``indent`` spaces, trailing spaces removed."""
    text = str(value or "")
    text = _CONTROL.sub("", text).replace("\r\n", "\n")
    text = _BREAKS.sub("\n", text)
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.expandtabs().rstrip() for line in text.strip().split("\n")]
    rest = [line for line in lines[1:] if line.strip()]
    common = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    prefix = " " * indent
    out = [lines[0].strip()] + [
        prefix + line[common:] if line.strip() else "" for line in lines[1:]
    ]
    text = "\n".join(out)
    if text.startswith('"'):
        text = " " + text
    if text.endswith('"'):
        text = text + " "
    if len(out) > 1 and len(text.rsplit("\n", 1)[-1]) + 3 > 88:
        text += "\n" + prefix  # black puts the closing quotes on their own line then
    return text


_ESCAPED_SINGLE = re.compile(r"([^\\]|^)\\((?:\\\\)*)'")
_UNESCAPED_DOUBLE = re.compile(r'(([^\\]|^)(\\\\)*)"')


def pystr(value: Any) -> str:
    """A Python string literal for any text, quoted as black quotes it (``repr`` is always a
    valid literal; black then prefers double quotes unless they need more escapes)."""
    text = str(value)
    if "'" not in text:  # the common case: repr quotes with ', and nothing in it is an \'
        literal = repr(text)
        return literal if '"' in text else '"' + literal[1:-1] + '"'
    literal = repr(text)
    if literal[0] == '"':
        return literal
    body = literal[1:-1]
    new_body = _ESCAPED_SINGLE.sub(r"\1\2'", body)
    new_body = _ESCAPED_SINGLE.sub(r"\1\2'", new_body)
    new_body = _UNESCAPED_DOUBLE.sub(r'\1\\"', new_body)
    new_body = _UNESCAPED_DOUBLE.sub(r'\1\\"', new_body)
    if new_body.count("\\") > body.count("\\"):
        return literal
    return '"' + new_body + '"'


def comment(value: Any) -> str:
    """One line of text safe after ``#``."""
    text = _BREAKS.sub(" ", str(value or ""))
    return _CONTROL.sub("", text).strip()


def md(value: Any) -> str:
    """Markdown-safe text for the generated README (no HTML, no code fences breaking out)."""
    text = _CONTROL.sub("", str(value or ""))
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("```", "ʼʼʼ").strip()


def ident(value: Any) -> str:
    text = str(value)
    if not text.isidentifier() or keyword.iskeyword(text) or not text.isascii():
        raise UnescapedSpecText(f"not a safe identifier: {text!r}")
    return text


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f"}
_TOML_ESCAPES["\r"] = "\\r"
_TOML_SPECIAL = re.compile(r'["\\\x00-\x1f\x7f\ud800-\udfff]')


def toml(value: Any) -> str:
    """A TOML basic string (``"..."``) for any text: quotes, backslashes and control
    characters escaped, every other character as it is (``\\ud83d\\ude80``, JSON's way of
    writing an emoji, is not TOML: TOML escapes name Unicode scalar values only), and a lone
    surrogate, which no UTF-8 file can hold, as U+FFFD."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if "\ud800" <= char <= "\udfff":
            return "\ufffd"
        return _TOML_ESCAPES.get(char) or f"\\u{ord(char):04X}"

    return '"' + _TOML_SPECIAL.sub(escape, str(value)) + '"'
