"""Stage 1½: OpenAPI Overlay 1.0 documents applied to a loaded spec, before validation.

https://spec.openapis.org/overlay/v1.0.0.html: an overlay is ``{overlay: "1.0.0", info: {title,
version}, extends?, actions: [{target, description?, update?, remove?}]}``; each ``target`` is an
RFC 9535 JSONPath (evaluated by python-jsonpath in its strict, RFC-conforming mode). Overlays
apply in the order given, and the actions of each in their order, each action seeing what the
previous ones left. ``update`` merges into every targeted object recursively (a key whose value
is an object on both sides merges, arrays on both sides are concatenated, anything else is
replaced) or is appended to every targeted array; ``remove: true`` removes every targeted node
from its parent (``update`` is then ignored). ``extends`` is informational: an overlay applies to
the spec it is listed for. A node the spec shares through a YAML alias is one node: an action
that changes it changes it everywhere the alias appears.

Overlay files are read by the spec loader (:mod:`generator.load`), with its limits; every problem
(a missing file, a document that is not an overlay, a JSONPath that does not parse) is a
:class:`SpecError` finding naming the overlay file and line, and a target that selects nothing is
a warning there.

Positions: the document keeps the spec's text, and :meth:`Document.locate` maps a pointer into
the overlaid data back to the spec's lines: a node the spec had is found where the spec has it
(even when removals shifted an array's indices); a node an overlay added or replaced is located
at its nearest ancestor the spec has (so the finding still names the spec file, at the line of
the object the overlay changed).
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import Finding, SpecError, join_pointer, split_pointer
from generator.load import Document, load_path

if TYPE_CHECKING:
    from jsonpath import JSONPathEnvironment, JSONPathMatch

OVERLAY_VERSIONS = ("1.0.0",)


@cache
def _env() -> JSONPathEnvironment:
    """RFC 9535, no library extensions (python-jsonpath is imported only when a spec has
    overlays: it costs a twentieth of a second at every start otherwise)."""
    from jsonpath import JSONPathEnvironment

    return JSONPathEnvironment(strict=True)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as findings show it: relative to the working folder when it lies below it."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return str(p)
    return str(p)


def apply_overlays(doc: Document, overlays: Iterable[str | os.PathLike[str]]) -> Document:
    """``doc`` with every overlay applied in order (in place); its ``warnings`` gain a finding per
    target that selects nothing. Raises :class:`SpecError` on an overlay that cannot be used."""
    paths = [str(p) for p in overlays]
    if not paths:
        return doc
    tracker = _Tracker(doc.data)
    digest = hashlib.sha256(doc.sha256.encode())
    for path in paths:
        overlay = _load_overlay(path)
        digest.update(f"\0{path}\0{overlay.sha256}".encode())
        doc.warnings.extend(_apply(overlay, doc.data, tracker))
    doc.overlays = [*doc.overlays, *paths]
    doc.sha256 = digest.hexdigest()  # what was generated from: the spec and its overlays
    doc.pointer_map = tracker.original_pointer
    return doc


def _load_overlay(path: str) -> Document:
    shown = display_path(path)
    try:
        overlay = load_path(path)
    except SpecError as exc:
        raise SpecError([_as_overlay_finding(f, shown) for f in exc.findings]) from None
    overlay.path = shown
    errors = [_finding(overlay, m, p) for m, p in _shape_problems(overlay.data)]
    if errors:
        raise SpecError(errors)
    return overlay


def _as_overlay_finding(f: Finding, shown: str) -> Finding:
    message = f.message
    if "an OpenAPI document is a mapping" in message:
        message = message.split(";")[0] + "; an overlay is a mapping with an 'overlay' key"
    elif message.startswith("the file is empty"):
        message = "the file is empty; expected an OpenAPI Overlay document"
    return Finding(f.level, f"overlay: {message}", shown, f.pointer, f.line, f.column)


def _finding(overlay: Document, message: str, pointer: str, level: str = "error") -> Finding:
    line, col = overlay.locate(pointer)
    return Finding(level, f"overlay: {message}", overlay.path, pointer, line, col)


def _shape_problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """What makes a document not an Overlay 1.0 document: (message, pointer) pairs."""
    problems: list[tuple[str, str]] = []
    version = data.get("overlay")
    if version is None:
        problems.append(
            (
                "not an OpenAPI Overlay document: it has no 'overlay' key (its version, \"1.0.0\")",
                "",
            )
        )
    elif str(version) not in OVERLAY_VERSIONS:
        problems.append(
            (
                f"unsupported overlay version {version!r}; supported: "
                + ", ".join(OVERLAY_VERSIONS),
                "/overlay",
            )
        )
    info = data.get("info")
    if (
        not isinstance(info, dict)
        or not isinstance(info.get("title"), str)
        or "version" not in info
    ):
        problems.append(("'info' must be an object with a 'title' and a 'version'", "/info"))
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        problems.append(("'actions' must be a list of at least one action", "/actions"))
        return problems
    for i, action in enumerate(actions):
        where = f"/actions/{i}"
        if not isinstance(action, dict):
            problems.append(("an action must be an object with a 'target'", where))
            continue
        target = action.get("target")
        if not isinstance(target, str) or not target.strip():
            problems.append(("an action needs a 'target' (a JSONPath expression)", where))
        elif (error := _syntax_error(target)) is not None:
            problems.append(
                (f"target {target!r} is not an RFC 9535 JSONPath: {error}", where + "/target")
            )
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            problems.append((f"'remove' must be true or false, got {remove!r}", where + "/remove"))
        elif not remove and "update" not in action:
            problems.append(("an action needs 'update' or 'remove: true'", where))
    return problems


def _syntax_error(target: str) -> str | None:
    from jsonpath import JSONPathError

    try:
        _env().compile(target)
    except JSONPathError as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    except (ValueError, TypeError, RecursionError) as exc:  # defensive: a library bug is a finding
        return f"{type(exc).__name__}: {exc}"
    return None


def _apply(overlay: Document, data: dict[str, Any], tracker: _Tracker) -> list[Finding]:
    from jsonpath import JSONPathError

    warnings: list[Finding] = []
    for i, action in enumerate(overlay.data["actions"]):
        where = f"/actions/{i}"
        target = action["target"]
        try:
            matches = list(_env().finditer(target, data))
        except (JSONPathError, ValueError, TypeError, RecursionError) as exc:
            raise SpecError(
                [_finding(overlay, f"target {target!r} cannot be evaluated: {exc}", where)]
            ) from None
        if not matches:
            message = f"target {target!r} selects nothing; the action does nothing"
            warnings.append(_finding(overlay, message, where + "/target", "warning"))
            continue
        if action.get("remove", False):
            _remove(matches, tracker, overlay, where)
            continue
        update = action["update"]
        for match in matches:
            node = match.obj
            if isinstance(node, dict) and isinstance(update, dict):
                _merge(node, update, tracker)
            elif isinstance(node, list):
                tracker.touch(node)
                node.append(copy.deepcopy(update))
            else:
                kind = "an object" if isinstance(node, dict) else "a value that is not an object"
                raise SpecError(
                    [
                        _finding(
                            overlay,
                            f"target {target!r} selects {kind} at {match.pointer()} that "
                            f"this 'update' cannot merge into (an object merges into an "
                            f"object; anything is appended to an array)",
                            where + "/update",
                        )
                    ]
                )
    return warnings


def _merge(node: dict[str, Any], update: dict[str, Any], tracker: _Tracker) -> None:
    tracker.touch(node)
    for key, value in update.items():
        current = node.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, tracker)
        elif isinstance(current, list) and isinstance(value, list):
            tracker.touch(current)
            current.extend(copy.deepcopy(value))
        else:
            node[key] = copy.deepcopy(value)


def _remove(matches: list[JSONPathMatch], tracker: _Tracker, overlay: Document, where: str) -> None:
    # array items last index first, so the earlier indices stay valid
    ordered = sorted(
        matches, key=lambda m: -m.parts[-1] if m.parts and isinstance(m.parts[-1], int) else 0
    )
    for match in ordered:
        if match.parent is None or not match.parts:
            raise SpecError([_finding(overlay, "'remove' cannot remove the whole document", where)])
        parent, key = match.parent.obj, match.parts[-1]
        tracker.touch(parent)
        if isinstance(parent, dict):
            parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
            del parent[key]


class _Tracker:
    """Remembers what each container the overlays change looked like before, to map pointers
    into the overlaid data back to the spec's own (see the module docstring)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        # id → (the container, kept alive so the id stays its own; a shallow copy of before)
        self.before: dict[int, tuple[Any, Any]] = {}

    def touch(self, node: Any) -> None:
        if id(node) not in self.before:
            self.before[id(node)] = (node, dict(node) if isinstance(node, dict) else tuple(node))

    def original_pointer(self, pointer: str) -> str:
        """The pointer in the spec as written of the node at ``pointer`` in the overlaid data,
        or of its nearest ancestor the spec has."""
        tokens = split_pointer(pointer)
        out: list[str] = []
        node = self.root
        for n, token in enumerate(tokens):
            seen = self.before.get(id(node))
            before = seen[1] if seen is not None else None
            if isinstance(node, dict) and token in node:
                child = node[token]
                if before is not None:
                    if token not in before:
                        break  # a key an overlay added
                    if before[token] is not child:
                        out.append(token)
                        break  # a value an overlay replaced: at its key
                out.append(token)
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                child = node[int(token)]
                if before is not None:
                    index = _index_of(child, before) if isinstance(child, (dict, list)) else None
                    if index is None:
                        break  # an item an overlay added (or a value an index cannot tell)
                    token = str(index)
                out.append(token)
            else:
                out.extend(tokens[n:])  # not in the data (bundled later): as given
                break
            node = child
        return join_pointer("", *out)


def _index_of(child: Any, items: tuple[Any, ...]) -> int | None:
    return next((i for i, item in enumerate(items) if item is child), None)
