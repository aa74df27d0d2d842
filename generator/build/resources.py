"""Paths → the resource tree: which attribute each path lands on and what each method is called
(the rules are in :mod:`generator.naming`; here they meet collisions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.errors import join_pointer
from generator.ir import Operation, Resource
from generator.naming import (
    ANNOTATION_NAMES,
    MODULE_RESERVED,
    RESOURCE_RESERVED,
    attr_name,
    collections,
    declared_names,
    operation_name,
    pascal,
    resource_and_method,
    short_name,
    unique,
)
from generator.normalize.walk import HTTP_METHODS


@dataclass
class OpDraft:
    path: str
    method: str
    op: dict[str, Any]
    resource: tuple[str, ...]
    name: str
    shared_params: list[Any]
    named: bool = False  # the method name is the spec's own (a naming extension), not derived


def op_drafts(
    paths: dict[str, Any], warnings: list[tuple[str, str]] | None = None
) -> list[OpDraft]:
    """Every operation with its resource path and a method name unique in its resource.

    Names derive from the path (CONTRACT.md), unless the operation names its resource or method
    with another generator's extension (:func:`declared_names`). Where names collide, a declared
    name stays when it is the only one declared in the group; the others get their operationIds'.
    ``warnings`` gains (message, pointer) for extension values that cannot be used."""
    colls = collections(
        (str(path), sum(1 for m in HTTP_METHODS if m in item) if isinstance(item, dict) else 0)
        for path, item in paths.items()
    )
    drafts: list[OpDraft] = []
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        shared = list(item.get("parameters") or [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                res, name = resource_and_method(str(path), method, colls)
                own_res, own_name, problems = declared_names(op)
                for message, ext in problems:
                    if warnings is not None:
                        warnings.append((message, join_pointer("/paths", path, method, ext)))
                res, name = own_res or res, own_name or name
                drafts.append(OpDraft(str(path), method, op, res, name, shared, own_name is not None))
    # same name in the same resource (or a sub-resource's name) → operationIds name them
    by_key: dict[tuple[tuple[str, ...], str], list[OpDraft]] = {}
    for d in drafts:
        by_key.setdefault((d.resource, d.name), []).append(d)
    resource_paths = {d.resource[:i] for d in drafts for i in range(1, len(d.resource) + 1)}
    for (res, name), group in by_key.items():
        if len(group) > 1 or (res + (name,)) in resource_paths:
            named = [d for d in group if d.named]
            keep = named[0] if len(named) == 1 and (res + (name,)) not in resource_paths else None
            if len(named) > 1 and warnings is not None:
                where = "client." + ".".join(res + (name,))
                for d in named:
                    message = f"{where}: {len(named)} operations are given this name"
                    message += "; each is named by its operationId instead"
                    warnings.append((message, join_pointer("/paths", d.path, d.method)))
            for d in group:
                if d is not keep:
                    d.name = attr_name(operation_name(d.op, d.method, d.path))
    # still colliding (no operationIds): method + path words
    seen: dict[tuple[tuple[str, ...], str], int] = {}
    for d in drafts:
        if d.name in RESOURCE_RESERVED or d.name.startswith("_"):
            d.name += "_"
        key = (d.resource, d.name)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            d.name = attr_name(f"{d.method} {d.path.replace('{', ' by ').replace('}', ' ')}")
    return drafts


def resource_tree(
    drafts: list[OpDraft], build_operation: Callable[[OpDraft], Operation], class_names: set[str]
) -> Resource:
    """The client (root) and its resources; class names share ``class_names`` with the models
    (``_client.py`` imports both)."""
    tree: dict[tuple[str, ...], list[OpDraft]] = {}
    for d in drafts:
        tree.setdefault(d.resource, []).append(d)
    for key in list(tree):
        for i in range(1, len(key)):
            tree.setdefault(key[:i], [])
    tree.setdefault((), [])
    children_of: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in sorted(tree):
        if key:
            children_of.setdefault(key[:-1], []).append(key)

    def resource(path: tuple[str, ...], attr: str, attrs: tuple[str, ...], module: str) -> Resource:
        ops = tuple(build_operation(d) for d in sorted(tree.get(path, []), key=lambda d: (d.name, d.path)))
        used = {op.name for op in ops}
        children = []
        for key in children_of.get(path, []):
            child = key[-1]
            if child in RESOURCE_RESERVED or child in used:
                child += "_"
            children.append(resource(key, child, attrs + (child,), module or short_name(child) or "root"))
        base = pascal("_".join(path)) if path else "Client"
        if path and (base in MODULE_RESERVED or base in ANNOTATION_NAMES):
            base += "Resource"
        cls = unique(base, class_names, [pascal("_".join(path) + "_resource")])
        return Resource(
            attr=attr, class_name=cls, path=attrs, operations=ops, children=tuple(children), module=module
        )

    return resource((), "", (), "")
