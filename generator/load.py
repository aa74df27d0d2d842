"""Stage 1: bytes → document.

YAML is read as libyaml *events* (the C parser, no recursion, no Python object per node) and the
document is built here iteratively. That is faster than ``yaml.load`` with the C loader and it
lets this stage enforce the limits an untrusted file needs: size, nesting depth, alias
expansion (YAML "billion laughs"), duplicate keys, unknown tags. JSON goes through the C ``json``
module. Line numbers are found lazily: :meth:`Document.locate` re-reads the events only when a
message needs a line.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # the C one
from pathlib import Path
from typing import Any

import yaml
from yaml.resolver import Resolver

from generator.errors import Finding, SpecError, escape_pointer_token

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 256
MAX_NODES = 2_000_000  # after alias expansion (the OpenAI spec has about 140,000)

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_MERGE = "tag:yaml.org,2002:merge"
_KNOWN_TAGS = {
    _STR,
    _NULL,
    _BOOL,
    _INT,
    _FLOAT,
    _MERGE,
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:binary",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:value",
}
_IMPLICIT = Resolver.yaml_implicit_resolvers
_constructor = yaml.constructor.SafeConstructor()


@dataclass
class Document:
    """A loaded spec: its data plus what is needed to point at a line later."""

    path: str
    data: Any
    text: str
    sha256: str
    is_json: bool
    warnings: list[Finding] = field(default_factory=list)
    external: list[str] = field(default_factory=list)  # other files bundled in by ``$ref``
    overlays: list[str] = field(default_factory=list)  # overlay files applied to ``data``
    # pointers into ``data`` → pointers into ``text``, once overlays changed ``data``
    pointer_map: Callable[[str], str] | None = None
    _lines: dict[str, tuple[int, int]] | None = None

    def locate(self, pointer: str) -> tuple[int, int]:
        """Line and column (1-based) of the node at ``pointer``, or of its nearest parent."""
        return self.locate_many([pointer]).get(pointer, (0, 0))

    def locate_many(self, pointers: list[str]) -> dict[str, tuple[int, int]]:
        if self.pointer_map is not None:  # overlaid data: find each node where the spec has it
            mapped = {p: self.pointer_map(p) for p in pointers}
            found = self._locate_in_text(list(set(mapped.values())))
            return {p: found[q] for p, q in mapped.items()}
        return self._locate_in_text(pointers)

    def _locate_in_text(self, pointers: list[str]) -> dict[str, tuple[int, int]]:
        wanted = {p for p in pointers}
        prefixes = {""}
        for p in wanted:
            parts = p.split("/")
            for i in range(1, len(parts) + 1):
                prefixes.add("/".join(parts[:i]))
        found: dict[str, tuple[int, int]] | None = None
        if self.text and self.is_json:
            found = _scan_json(self.text, prefixes)
        if found is None:
            found = _scan_lines(self.text, prefixes) if self.text else {}
        result: dict[str, tuple[int, int]] = {}
        for p in wanted:
            q = p
            while q and q not in found:
                q = q.rsplit("/", 1)[0]
            result[p] = found.get(q, (1, 1))
        return result

    def finding(self, level: str, message: str, pointer: str = "") -> Finding:
        line, col = self.locate(pointer) if pointer is not None else (0, 0)
        return Finding(level, message, self.path, pointer, line, col)


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _decode_or_fail(raw, "utf-32", path)
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_or_fail(raw, "utf-16", path)
    return _decode_or_fail(raw, "utf-8", path)


def _decode_or_fail(raw: bytes, encoding: str, path: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            [
                Finding(
                    "error",
                    f"the file is not valid {encoding.upper()} (bad byte at offset {exc.start}); "
                    "save it as UTF-8",
                    path,
                    line=line,
                    column=1,
                )
            ]
        ) from None


def load_path(path: str | os.PathLike[str]) -> Document:
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SpecError(
                [Finding("error", f"file is {size} bytes; the limit is {MAX_BYTES}", name)]
            )
        raw = p.read_bytes()
    except SpecError:
        raise
    except IsADirectoryError:
        raise SpecError([Finding("error", "is a folder, not a spec file", name)]) from None
    except OSError as exc:
        raise SpecError([Finding("error", f"cannot read the file: {exc.strerror}", name)]) from None
    return load_bytes(raw, name)


def load_bytes(raw: bytes, path: str = "<spec>") -> Document:
    if len(raw) > MAX_BYTES:
        raise SpecError(
            [Finding("error", f"file is {len(raw)} bytes; the limit is {MAX_BYTES}", path)]
        )
    text = _decode(raw, path)
    sha = hashlib.sha256(raw).hexdigest()
    if not text.strip():
        raise SpecError(
            [
                Finding(
                    "error",
                    "the file is empty; expected an OpenAPI document",
                    path,
                    line=1,
                    column=1,
                )
            ]
        )
    is_json = path.endswith(".json") or text.lstrip()[:1] in ("{", "[")
    warnings: list[Finding] = []
    data: Any
    if is_json and path.endswith(".json"):
        data = _load_json(text, path)
        data, warnings = _surrogate_findings(text, data, path)
    else:
        try:
            data, warnings = _build_from_events(text, path)
        except SpecError:
            if not is_json:
                raise
            data = _load_json(text, path)
            data, warnings = _surrogate_findings(text, data, path)
    doc = Document(path=path, data=data, text=text, sha256=sha, is_json=is_json, warnings=warnings)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        raise SpecError(
            [
                Finding(
                    "error",
                    f"the document is {kind}, not a mapping; an OpenAPI document is a mapping with an 'openapi' key",
                    path,
                    line=1,
                    column=1,
                )
            ]
        )
    return doc


# Python refuses to turn integers of more digits into text (``sys.get_int_max_str_digits``)
MAX_INT_DIGITS = 4300
# a number token of JSON, or a string (skipped), for locating a bad number by its offset
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(NaN|-?Infinity|-?[0-9][0-9.eE+-]*)')
# an exponent large enough to overflow a float (1e400 is read as inf)
_BIG_EXPONENT = re.compile(r"[0-9][eE]\+?[0-9]{3}")
# a JSON escape of a UTF-16 surrogate that is not half of a pair
_LONE_SURROGATE = re.compile(
    r"(?<!\\)((?:\\\\)*)(\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_ANY_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _BadNumber(ValueError):
    pass


def _json_constant(token: str) -> Any:
    raise _BadNumber(token)


def _json_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _BadNumber(token)
    return value


def _bad_number(token: str) -> bool:
    if token in ("NaN", "Infinity", "-Infinity"):
        return True
    if "." in token or "e" in token or "E" in token:
        try:
            return math.isinf(float(token))
        except ValueError:
            return False
    return len(token.lstrip("-")) > MAX_INT_DIGITS


def _number_problem(token: str) -> str:
    if token in ("NaN", "Infinity", "-Infinity"):
        return (
            f"invalid JSON: {token} is not a JSON value (JSON has no NaN or Infinity);"
            " write a finite number, or null"
        )
    if "." in token or "e" in token or "E" in token:
        return (
            f"the number {token[:20]}... is too large for a float;"
            " write a smaller number, or the value as a string"
        )
    return (
        f"an integer of {len(token.lstrip('-'))} digits; the limit is {MAX_INT_DIGITS}"
        " (Python's integer-to-text limit): write a smaller number, or the value as a string"
    )


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _number_error(text: str, path: str) -> SpecError:
    """The finding for the first number of ``text`` no Python value can hold as written."""
    for match in _JSON_TOKEN.finditer(text):
        token = match.group(1)
        if token and _bad_number(token):
            line, col = _position(text, match.start(1))
            return SpecError(
                [Finding("error", _number_problem(token), path, line=line, column=col)]
            )
    return SpecError([Finding("error", "invalid JSON: a number out of range", path)])


def _load_json(text: str, path: str) -> Any:
    # a float hook only where a float could overflow: it costs a call per number
    hook = _json_float if _BIG_EXPONENT.search(text) else None
    try:
        data = json.loads(text, parse_constant=_json_constant, parse_float=hook)
    except json.JSONDecodeError as exc:
        raise SpecError(
            [Finding("error", f"invalid JSON: {exc.msg}", path, line=exc.lineno, column=exc.colno)]
        ) from None
    except RecursionError:
        raise SpecError([Finding("error", "the JSON nests too deeply", path)]) from None
    except ValueError:  # NaN, Infinity, a float out of range, an integer of too many digits
        raise _number_error(text, path) from None
    return data


def _surrogate_findings(text: str, data: Any, path: str) -> tuple[Any, list[Finding]]:
    """``data`` with every lone UTF-16 surrogate (``"\\ud800"`` in JSON: half of a pair, no
    text, and not encodable as UTF-8) replaced by U+FFFD, and a warning where each was."""
    if not _ANY_SURROGATE_ESCAPE.search(text):
        return data, []
    pointers: list[str] = []

    def clean(value: Any, ptr: str) -> Any:
        if isinstance(value, str):
            if _SURROGATE.search(value):
                pointers.append(ptr)
                return _SURROGATE.sub("\ufffd", value)
            return value
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                new_key = clean(key, ptr + "/" + escape_pointer_token(str(key)))
                out[new_key] = clean(item, ptr + "/" + escape_pointer_token(str(new_key)))
            return out
        if isinstance(value, list):
            return [clean(item, f"{ptr}/{i}") for i, item in enumerate(value)]
        return value

    data = clean(data, "")
    findings = []
    matches = list(_LONE_SURROGATE.finditer(text))
    for i, match in enumerate(matches):
        line, col = _position(text, match.start(2))
        pointer = pointers[i] if len(pointers) == len(matches) else ""
        message = (
            f"{match.group(2)} is half of a UTF-16 surrogate pair, not a character;"
            " replaced with U+FFFD"
        )
        findings.append(Finding("warning", message, path, pointer, line, col))
    return data, findings


def _scalar(event: Any, path: str) -> Any:
    value = event.value
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0] or event.style:
            return value
        # plain scalar: resolve by the YAML 1.1 implicit rules
        first = value[:1]
        tag = _STR
        for candidate, regexp in _IMPLICIT.get(first or None, ()):  # type: ignore[arg-type]
            if regexp.match(value):
                tag = candidate
                break
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value.lower() in ("yes", "true", "on", "y")
    if tag == _INT:
        if len(value) > MAX_INT_DIGITS:
            digits = len(value.lstrip("+-").replace("_", ""))
            if digits > MAX_INT_DIGITS:
                raise SpecError(
                    [
                        Finding(
                            "error",
                            _number_problem("9" * digits),
                            path,
                            line=event.start_mark.line + 1,
                            column=event.start_mark.column + 1,
                        )
                    ]
                )
        return _constructor.construct_yaml_int(yaml.ScalarNode(tag, value))
    if tag == _FLOAT:
        return _constructor.construct_yaml_float(yaml.ScalarNode(tag, value))
    if tag in _KNOWN_TAGS:
        # timestamps, binary: keep the text, as JSON would
        return value
    line = event.start_mark.line + 1
    raise SpecError(
        [
            Finding(
                "error",
                f"unsupported YAML tag {tag!r}; only plain YAML data is allowed",
                path,
                line=line,
                column=event.start_mark.column + 1,
            )
        ]
    )


def _build_from_events(text: str, path: str) -> tuple[Any, list[Finding]]:
    """Build the document from libyaml events, iteratively and within limits."""
    warnings: list[Finding] = []
    anchors: dict[str, tuple[Any, int]] = {}
    # stack frames: [container, pending_key, anchor, node_count, key_lines]
    stack: list[list[Any]] = []
    root: Any = None
    have_root = False
    nodes = 0
    docs = 0

    def err(message: str, mark: Any) -> SpecError:
        return SpecError(
            [Finding("error", message, path, line=mark.line + 1, column=mark.column + 1)]
        )

    def add(value: Any, count: int, mark: Any) -> None:
        nonlocal root, have_root
        if not stack:
            root = value
            have_root = True
            return
        frame = stack[-1]
        frame[3] += count
        container = frame[0]
        if isinstance(container, list):
            container.append(value)
            return
        if frame[1] is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise err("a mapping key must be a plain value, not a collection", mark)
            frame[1] = value if isinstance(value, str) else _key_text(value)
            frame[5] = mark
            return
        key = frame[1]
        frame[1] = _NO_KEY
        if key == "<<" and frame[6]:
            sources = value if isinstance(value, list) else [value]
            for src in sources:
                if isinstance(src, dict):
                    for k, v in src.items():
                        container.setdefault(k, v)
            return
        if key in container:
            warnings.append(
                Finding(
                    "warning",
                    f"duplicate key {key!r} in a mapping; the later value is used",
                    path,
                    line=frame[5].line + 1,
                    column=frame[5].column + 1,
                )
            )
        container[key] = value

    try:
        events: Iterable[Any] = yaml.parse(text, Loader=_Loader)  # dispatch by class, for speed
        for event in events:
            cls = event.__class__
            if cls is yaml.ScalarEvent:
                nodes += 1
                if stack and stack[-1][1] is _NO_KEY and isinstance(stack[-1][0], dict):
                    # a key: keep the text as written (``200:`` is the string "200")
                    value: Any = event.value
                    if event.tag == _MERGE or (
                        event.value == "<<" and event.implicit[0] and not event.style
                    ):
                        stack[-1][6] = True
                else:
                    value = _scalar(event, path)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                add(value, 1, event.start_mark)
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                nodes += 1
                if len(stack) >= MAX_DEPTH:
                    raise err(
                        f"the document nests deeper than {MAX_DEPTH} levels", event.start_mark
                    )
                if event.tag and event.tag not in _KNOWN_TAGS and event.tag != "!":
                    raise err(
                        f"unsupported YAML tag {event.tag!r}; only plain YAML data is allowed",
                        event.start_mark,
                    )
                container: Any = {} if cls is yaml.MappingStartEvent else []
                stack.append([container, _NO_KEY, event.anchor, 1, None, event.start_mark, False])
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame[2]:
                    anchors[frame[2]] = (frame[0], frame[3])
                add(frame[0], frame[3], frame[5])
            elif cls is yaml.AliasEvent:
                if event.anchor not in anchors:
                    raise err(f"unknown alias *{event.anchor}", event.start_mark)
                value, count = anchors[event.anchor]
                nodes += count
                if nodes > MAX_NODES:
                    raise err(
                        f"YAML aliases expand the document past {MAX_NODES} nodes "
                        "(an alias bomb?); refusing to load it",
                        event.start_mark,
                    )
                # shared, not copied: the budget above bounds what later stages walk
                add(value, count, event.start_mark)
            elif cls is yaml.DocumentStartEvent:
                docs += 1
                if docs > 1:
                    raise err("the file holds more than one YAML document", event.start_mark)
            if nodes > MAX_NODES:
                raise err(f"the document has more than {MAX_NODES} nodes", event.start_mark)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line = mark.line + 1 if mark else 0
        col = mark.column + 1 if mark else 0
        raise SpecError(
            [Finding("error", f"invalid YAML: {problem}", path, line=line, column=col)]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError([Finding("error", f"invalid YAML: {exc}", path)]) from None
    if not have_root:
        raise SpecError(
            [
                Finding(
                    "error",
                    "the file is empty; expected an OpenAPI document",
                    path,
                    line=1,
                    column=1,
                )
            ]
        )
    return root, warnings


class _NoKey:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<no key>"


_NO_KEY: Any = _NoKey()


def _key_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_LINE_BREAKS_OF_YAML_ONLY = ("\r", "\x85", "\u2028", "\u2029")


def _scan_json(text: str, prefixes: set[str]) -> dict[str, tuple[int, int]] | None:
    """:func:`_scan_lines` for a JSON text, the same positions ten times faster: only the
    members on the way to a wanted pointer are looked at, every other value is skipped by the
    json module's C scanner. ``None`` when the text is not plain JSON (or has line breaks that
    YAML counts and editors may not): the caller scans it as YAML."""
    if any(brk in text for brk in _LINE_BREAKS_OF_YAML_ONLY):
        return None
    skip: Any = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # C: (value, end)

    def space(i: int) -> int:  # past the white space at ``i``
        return _JSON_SPACE.match(text, i).end()  # type: ignore[union-attr]  # matches ""

    offsets: dict[str, int] = {}

    def member(i: int, ptr: str) -> int:
        """The end of the value at ``i`` (wanted: its members are looked at too)."""
        opener = text[i]
        if opener not in "{[":
            return int(skip(text, i)[1])
        closer = "}" if opener == "{" else "]"
        i = space(i + 1)
        if text[i] == closer:
            return i + 1
        n = 0
        while True:
            at = i
            if opener == "{":
                if text[i] != '"':
                    raise ValueError("a key must be a string")
                key, i = scanstring(text, i + 1)
                i = space(i)
                if text[i] != ":":
                    raise ValueError("':' expected")
                i = space(i + 1)
                child = ptr + "/" + escape_pointer_token(key)
            else:
                child = ptr + "/" + str(n)
                n += 1
            if child in prefixes:
                offsets[child] = at
                i = member(i, child)
            else:
                i = int(skip(text, i)[1])
            i = space(i)
            if text[i] == closer:
                return i + 1
            if text[i] != ",":
                raise ValueError("',' expected")
            i = space(i + 1)

    try:
        start = space(0)
        offsets[""] = start
        end = member(start, "")
        if text[space(end) :]:
            return None
    except (ValueError, IndexError, StopIteration, RecursionError):
        return None
    found: dict[str, tuple[int, int]] = {}
    line, line_start, pos = 1, 0, 0
    for ptr, offset in sorted(offsets.items(), key=lambda item: item[1]):
        breaks = text.count("\n", pos, offset)
        if breaks:
            line += breaks
            line_start = text.rindex("\n", pos, offset) + 1
        pos = offset
        found[ptr] = (line, offset - line_start + 1)
    return found


def _scan_lines(text: str, prefixes: set[str]) -> dict[str, tuple[int, int]]:
    """Walk the events once, recording where each wanted pointer starts.

    A mapping member is located at its key; a list item at its first character.
    """
    found: dict[str, tuple[int, int]] = {}
    # frames: [pointer, is_mapping, next_index, pending_key, key_mark]
    stack: list[list[Any]] = []

    def open_child(mark: Any) -> str:
        if not stack:
            ptr, where = "", mark
        else:
            frame = stack[-1]
            if frame[1]:
                ptr = frame[0] + "/" + escape_pointer_token(frame[3])
                where = frame[4]
                frame[3] = None
            else:
                ptr = frame[0] + "/" + str(frame[2])
                frame[2] += 1
                where = mark
        if ptr in prefixes:
            found[ptr] = (where.line + 1, where.column + 1)
            return ptr
        return "\0"  # nothing below an unwanted node can be wanted

    try:
        for event in yaml.parse(text, Loader=_Loader):
            cls = event.__class__
            if cls is yaml.ScalarEvent or cls is yaml.AliasEvent:
                if stack and stack[-1][1] and stack[-1][3] is None:
                    stack[-1][3] = getattr(event, "value", "") or ""
                    stack[-1][4] = event.start_mark
                    continue
                open_child(event.start_mark)
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                ptr = open_child(event.start_mark)
                stack.append([ptr, cls is yaml.MappingStartEvent, 0, None, None])
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                stack.pop()
    except yaml.YAMLError:
        pass
    return found
