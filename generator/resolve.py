"""Stage 3: ``$ref`` resolution.

After this stage every ``$ref`` in the document is local (``#/...``) and points at something
that exists. Refs to other local files are bundled in: a schema (the whole file, or one under
``components/schemas``) is added to ``components.schemas``; anything else is copied in place.
Files must lie under the spec's folder or the project folder; URL refs are refused (nothing is
fetched while generating). Chains of refs that loop without content are errors; schema cycles
(a tree that contains itself) are fine, the models are recursive.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.errors import Finding, SpecError, join_pointer, split_pointer
from generator.load import Document, load_path

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
MAX_FILES = 200


def lookup(data: Any, pointer: str) -> Any:
    """The node at a local JSON pointer (without the leading ``#``); KeyError if absent.
    A pointer taken from a URI fragment may be percent-encoded (``%7Bid%7D``)."""
    if "%" in pointer:
        pointer = unquote(pointer)
    node = data
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list):
            try:
                node = node[int(token)]
            except (ValueError, IndexError):
                raise KeyError(token) from None
        else:
            raise KeyError(token)
    return node


class _Resolver:
    def __init__(self, doc: Document, roots: list[Path]) -> None:
        self.doc = doc
        self.roots = [r.resolve() for r in roots]
        self.errors: list[tuple[str, str]] = []
        self.files: dict[Path, Document] = {}
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.base = Path(doc.path).resolve() if doc.path and not doc.path.startswith("<") else None

    # -- external files -------------------------------------------------------------------
    def _load_external(self, target: Path, ptr: str) -> Document:
        if target in self.files:
            return self.files[target]
        if len(self.files) >= MAX_FILES:
            raise SpecError(
                [self.doc.finding("error", f"more than {MAX_FILES} referenced files", ptr)]
            )
        if not any(target == r or r in target.parents for r in self.roots):
            raise SpecError(
                [
                    self.doc.finding(
                        "error",
                        f"$ref to {target} leaves the spec's folder and the project; refusing to read it",
                        ptr,
                    )
                ]
            )
        try:
            sub = load_path(target)
        except SpecError as exc:
            raise SpecError(
                [
                    self.doc.finding("error", f"$ref to {target.name}: {f.message}", ptr)
                    for f in exc.findings
                ]
            ) from None
        self.files[target] = sub
        return sub

    def _external(
        self, ref: str, ptr: str, base_file: Path | None, stack: tuple[tuple[Path, str], ...]
    ) -> Any:
        file_part, _, fragment = ref.partition("#")
        if base_file is None:
            raise SpecError(
                [
                    self.doc.finding(
                        "error", f"$ref {ref!r} to another file needs the spec to be a file", ptr
                    )
                ]
            )
        target = (base_file.parent / file_part).resolve()
        sub = self._load_external(target, ptr)
        try:
            node = lookup(sub.data, fragment)
        except KeyError:
            raise SpecError(
                [
                    self.doc.finding(
                        "error",
                        f"$ref {ref!r}: {fragment or '/'} does not exist in {target.name}",
                        ptr,
                    )
                ]
            ) from None
        key = (target, fragment)
        parts = split_pointer(fragment)
        is_schema = (len(parts) == 3 and parts[:2] == ["components", "schemas"]) or (
            not parts and isinstance(node, dict) and "openapi" not in node and "paths" not in node
        )
        if is_schema:
            if key not in self.hoisted:
                name = parts[-1] if parts else target.stem
                schemas = self.doc.data.setdefault("components", {}).setdefault("schemas", {})
                final = name
                if final in schemas:
                    final = f"{target.stem}_{name}"
                n = 2
                while final in schemas:
                    final = f"{target.stem}_{name}_{n}"
                    n += 1
                self.hoisted[key] = final
                schemas[final] = {}  # placeholder while resolving (cycles)
                copied = copy.deepcopy(node)
                schemas[final] = self._walk(
                    copied, join_pointer("/components/schemas", final), target, stack + (key,)
                )
            return {
                "$ref": "#/components/schemas/"
                + self.hoisted[key].replace("~", "~0").replace("/", "~1")
            }
        if key in stack:
            raise SpecError(
                [
                    self.doc.finding(
                        "error", f"$ref {ref!r} refers back to itself through other files", ptr
                    )
                ]
            )
        return self._walk(copy.deepcopy(node), ptr, target, stack + (key,))

    # -- the walk -------------------------------------------------------------------------
    def _walk(
        self, node: Any, ptr: str, base_file: Path | None, stack: tuple[tuple[Path, str], ...]
    ) -> Any:
        # iterative over containers to survive deep documents; refs handled in place
        work: list[tuple[Any, str]] = [(node, ptr)]
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            replaced = self._ref(node, ptr, base_file, stack)
            if replaced is not node:
                return replaced
        while work:
            cur, cur_ptr = work.pop()
            if isinstance(cur, dict):
                items: Any = cur.items()
            elif isinstance(cur, list):
                items = enumerate(cur)
            else:
                continue
            for k, v in list(items):
                if isinstance(v, dict):
                    child_ptr = cur_ptr + "/" + str(k).replace("~", "~0").replace("/", "~1")
                    if isinstance(v.get("$ref"), str) and k not in (
                        "properties",
                        "examples",
                        "example",
                    ):
                        new = self._ref(v, child_ptr, base_file, stack)
                        if new is not v:
                            cur[k] = new
                            continue
                    if k in ("example", "examples", "x-examples") and cur_ptr.count("/") > 0:
                        continue  # examples are data, their "$ref" keys are not references
                    work.append((v, child_ptr))
                elif isinstance(v, list):
                    work.append((v, cur_ptr + "/" + str(k).replace("~", "~0").replace("/", "~1")))
        return node

    def _ref(
        self,
        node: dict[str, Any],
        ptr: str,
        base_file: Path | None,
        stack: tuple[tuple[Path, str], ...],
    ) -> Any:
        ref = node["$ref"]
        if _URL.match(ref):
            self.errors.append(
                (
                    f"$ref {ref!r} points at a URL; nothing is fetched while generating. Download the file next to the spec and refer to it by a relative path",
                    ptr,
                )
            )
            return node
        if ref.startswith("#"):
            if base_file is not None and base_file != self.base:
                # a local ref inside an external file: bring its target in as well
                new = self._external(Path(base_file).name + ref, ptr, base_file, stack)
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return {**new, **siblings} if siblings else new
            return node
        new = self._external(ref, ptr, base_file, stack)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if siblings and isinstance(new, dict):
            return {**new, **siblings}
        return new


def resolve(doc: Document, roots: list[Path] | None = None) -> dict[str, Any]:
    """Bundle external refs into the document and check every local ref; returns the data."""
    base = (
        Path(doc.path).resolve().parent if doc.path and not doc.path.startswith("<") else Path.cwd()
    )
    resolver = _Resolver(doc, roots or [base, Path.cwd()])
    data = resolver._walk(doc.data, "", resolver.base, ())
    doc.external = sorted(str(p) for p in resolver.files)
    warnings: list[tuple[str, str]] = []
    _check_local_refs(doc, data, resolver.errors, warnings)
    if warnings:
        lines = doc.locate_many([p for _, p in warnings])
        doc.warnings.extend(
            Finding("warning", m, doc.path, p, *lines.get(p, (0, 0))) for m, p in warnings
        )
    if resolver.errors:
        lines = doc.locate_many([p for _, p in resolver.errors])
        raise SpecError(
            [Finding("error", m, doc.path, p, *lines.get(p, (0, 0))) for m, p in resolver.errors]
        )
    return data


def _check_local_refs(
    doc: Document, data: Any, errors: list[tuple[str, str]], warnings: list[tuple[str, str]]
) -> None:
    """Every local ref must exist; a chain of refs must end in content."""
    checked: dict[str, bool] = {}
    work: list[tuple[Any, str, bool]] = [(data, "", False)]
    while work:
        cur, ptr, in_example = work.pop()
        if isinstance(cur, dict):
            ref = cur.get("$ref")
            if isinstance(ref, str) and ref.startswith("#") and not in_example:
                ok = checked.get(ref)
                if ok is None:
                    ok = _follow(data, ref, ptr, errors, warnings)
                    checked[ref] = ok
            for k, v in cur.items():
                if isinstance(v, (dict, list)):
                    work.append(
                        (
                            v,
                            ptr + "/" + str(k).replace("~", "~0").replace("/", "~1"),
                            in_example or k in ("example", "examples"),
                        )
                    )
        elif isinstance(cur, list):
            for i, v in enumerate(cur):
                if isinstance(v, (dict, list)):
                    work.append((v, f"{ptr}/{i}", in_example))


def _is_schema_ref(ref: str) -> bool:
    return ref.startswith(("#/components/schemas/", "#/$defs/", "#/definitions/"))


def _follow(
    data: Any,
    ref: str,
    ptr: str,
    errors: list[tuple[str, str]],
    warnings: list[tuple[str, str]] | None = None,
) -> bool:
    """Whether ``ref`` leads to content. A schema that cannot be found, or that is only refs to
    itself, is untyped data (a warning; the generator uses ``Any``); a missing parameter, body
    or response makes the operation impossible (an error)."""
    sink = warnings if warnings is not None and _is_schema_ref(ref) else errors
    suffix = "; typed as Any" if sink is warnings else ""
    seen = [ref]
    current = ref
    while True:
        try:
            node = lookup(data, current[1:])
        except KeyError:
            sink.append(
                (
                    f"$ref {current!r} points at nothing: {current[1:] or '/'} does not exist{suffix}",
                    ptr,
                )
            )
            return False
        nxt = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(nxt, str) and nxt.startswith("#")):
            return True
        if nxt in seen:
            sink.append(
                (
                    f"$ref {seen[0]!r} loops back to itself ({' → '.join(seen + [nxt])}) without ever reaching a definition{suffix}",
                    ptr,
                )
            )
            return False
        seen.append(nxt)
        current = nxt
