"""Stage 6: IR → file texts, through Jinja templates.

The environment is strict (undefined names fail) and every text that came from the spec
(:class:`~generator.ir.SpecText`) must pass an escaping filter: ``docstring``, ``pystr``
(a Python string literal), ``comment``, ``md`` (Markdown text) or ``ident``. Emitting one
unfiltered is an error, caught when rendering, never a silent injection.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

import jinja2

from generator.assets import RUNTIME_DIR, TEMPLATES
from generator.escape import UnescapedSpecText, comment, docstring, ident, md, pystr, toml
from generator.ir import (
    ANY,
    Api,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Nullable,
    Operation,
    Pagination,
    Param,
    PartEncoding,
    Prim,
    Requirement,
    Resource,
    SecurityScheme,
    Server,
    SpecText,
    Type,
    UnionOf,
    model_names,
)
from generator.naming import module_name
from generator.pytypes import (
    ABC,
    BUILTINS,
    DATETIME,
    MODELS,
    PARAMS,
    PYDANTIC,
    RUNTIME,
    TYPING,
    UUID_MODULE,
    Context,
    Imports,
    Position,
    py_literal,
    write,
)
from generator.user_templates import (
    check_pyproject,
    forget_header,
    module_header,
    overlay,
    user_error,
)


def import_from(names: Any, module: str, indent: int = 0) -> str:
    """``from module import a, b`` as black writes it: one line if it fits, else one name a
    line with a trailing comma."""
    pad = " " * indent
    line = f"{pad}from {module} import {', '.join(names)}"
    if len(line) <= 88:
        return line
    inner = "".join(f"{pad}    {n},\n" for n in names)
    return f"{pad}from {module} import (\n{inner}{pad})"


def call_line(func: str, arg: str, indent: int) -> str:
    """``func(arg)`` at ``indent`` as black writes it: one line if it fits, else the argument
    alone on the next line (black keeps a lone string there even when it is too long)."""
    pad = " " * indent
    line = f"{pad}{func}({arg})"
    if len(line) <= 88:
        return line
    return f"{pad}{func}(\n{pad}    {arg}\n{pad})"


def self_def(name: str, returns: str, params: Any = ("self",), indent: int = 4) -> str:
    """``def name(self, ...) -> returns:`` as black writes it: one line if it fits, else the
    parameters together on the next line (two or more), else one a line with a trailing comma;
    left on one line (black's to lay out) when a line of that does not fit either."""
    pad = " " * indent
    line = f"{pad}def {name}({', '.join(params)}) -> {returns}:"
    if len(line) <= 88:
        return line
    tail = f"{pad}) -> {returns}:"
    together = f"{pad}    {', '.join(params)}"
    if len(params) > 1 and len(together) <= 88 and len(tail) <= 88:
        return f"{pad}def {name}(\n{together}\n{tail}"
    lines = [f"{pad}def {name}(", *(f"{pad}    {p}," for p in params), tail]
    # black leaves a line long when it cannot split it: ``) -> Name:``, ``name: Name,``
    plain = returns.isidentifier() and all(_PLAIN_PARAM.match(p) for p in params)
    if plain and len(tail) > 88 and len(pad) + 4 + len(returns) <= 88:
        lines[-1:] = [f"{pad}) -> (", f"{pad}    {returns}", f"{pad}):"]  # black's parentheses
    fits = all(len(ln) <= 88 for ln in lines) or (plain and len(lines[0]) <= 88)
    return "\n".join(lines) if fits else line


_PLAIN_PARAM = re.compile(r"[A-Za-z_]\w*(?:: [A-Za-z_]\w*)?$")


def encoding_expr(e: PartEncoding) -> str:
    """The runtime ``PartEncoding(...)`` a form or multipart property is sent with; every spec
    string in it escaped."""
    args: list[str] = []
    if e.content_type is not None:
        args.append(f"content_type={pystr(e.content_type)}")
    if e.style is not None:
        style = [pystr(e.style), str(e.explode)]
        if e.allow_reserved:
            style.append("allow_reserved=True")
        if e.array_format != "brackets":
            style.append(f"array_format={pystr(e.array_format)}")
        args.append(f"style=ParamStyle({', '.join(style)})")
    if e.headers:
        pairs = ", ".join(f"({pystr(name)}, {pystr(value)})" for name, value in e.headers)
        args.append(f"headers=({pairs}{',' if len(e.headers) == 1 else ''})")
    return f"PartEncoding({', '.join(args)})"


def server_expr(server: Server) -> str:
    """The runtime ``ServerSpec(...)`` of one of the spec's servers; spec strings escaped."""
    args = [pystr(server.url)]
    if server.description is not None:
        args.append(f"description={pystr(server.description)}")
    if server.variables:
        entries = []
        for var in server.variables:
            enum = "".join(f", {pystr(v)}" for v in var.enum)
            enum = f", ({enum[2:]}{',' if len(var.enum) == 1 else ''})" if var.enum else ""
            entries.append(f"{pystr(var.name)}: ServerVariable({pystr(var.default)}{enum})")
        args.append("variables={" + ", ".join(entries) + "}")
    return f"ServerSpec({', '.join(args)})"


def _path_tuple(path: tuple[SpecText, ...]) -> str:
    return "(" + ", ".join(pystr(k) for k in path) + ("," if len(path) == 1 else "") + ")"


def paging_expr(p: Pagination, indent: int = 16) -> str:
    """The runtime ``Paging(...)`` a list method passes, as black lays it out at ``indent``
    (followed by a comma); every spec string in it escaped."""
    args = [pystr(p.kind)]
    if p.param is not None:
        args.append(f"param={pystr(p.param)}")
    for name, path in (
        ("items", p.items),
        ("next", p.next),
        ("has_more", p.has_more),
        ("total", p.total),
    ):
        if path:
            args.append(f"{name}={_path_tuple(path)}")
    if p.limit is not None:
        args.append(f"limit={pystr(p.limit)}")
    if p.cursor_field != "id":
        args.append(f"cursor_field={pystr(p.cursor_field)}")
    if p.start != 1:
        args.append(f"start={p.start}")
    pad = " " * indent
    joined = ", ".join(args)
    if indent + len(joined) + len("Paging(),") <= 88:
        return f"Paging({joined})"
    if indent + 4 + len(joined) <= 88:
        return f"Paging(\n{pad}    {joined}\n{pad})"
    return "Paging(\n" + "".join(f"{pad}    {a},\n" for a in args) + f"{pad})"


def scheme_expr(s: SecurityScheme, indent: int = 4) -> str:
    """The runtime ``AuthScheme(...)`` of a security scheme, one argument a line (black keeps
    that layout: the trailing comma); spec strings escaped."""
    args = [
        f"kind={pystr(s.kind)}",
        f"name={pystr(s.name)}",
        f"key={pystr(s.key)}",
        f"param={pystr(s.param)}",
    ]
    if s.token_url:
        args.append(f"token_url={pystr(s.token_url)}")
    if s.scopes:
        scopes = ", ".join(pystr(x) for x in s.scopes) + ("," if len(s.scopes) == 1 else "")
        args.append(f"scopes=({scopes})")
    if s.client_id_param and s.client_secret_param:
        args.append(f"client_id={pystr(s.client_id_param)}")
        args.append(f"client_secret={pystr(s.client_secret_param)}")
    pad = " " * indent
    return "AuthScheme(\n" + "".join(f"{pad}    {a},\n" for a in args) + f"{pad})"


def requirement_expr(req: Requirement, indent: int = 0) -> str:
    """Security requirements as a tuple of tuples of scheme names, black's layout at
    ``indent`` (several alternatives: one a line, with a trailing comma)."""
    alternatives = [
        "(" + ", ".join(pystr(k) for k in alt) + ("," if len(alt) == 1 else "") + ")" for alt in req
    ]
    if len(alternatives) <= 1:  # a one-tuple's comma is not a magic trailing comma
        return f"({alternatives[0]},)" if alternatives else "()"
    pad = " " * indent
    return "(\n" + "".join(f"{pad}    {a},\n" for a in alternatives) + f"{pad})"


def class_line(name: str, bases: str) -> str:
    """``class Name(Base):`` as black writes it when it does not fit on one line."""
    line = f"class {name}({bases}):"
    if len(line) <= 88:
        return line
    return f"class {name}(\n    {bases}\n):"


def _finalize(value: Any) -> Any:
    if isinstance(value, SpecText):
        raise UnescapedSpecText(
            f"spec text emitted without an escaping filter: {str(value)[:60]!r}"
        )
    return "" if value is None else value


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        auto_reload=False,  # no stat of the template file at every get_template: one run
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(
        import_from=import_from,
        call_line=call_line,
        self_def=self_def,
        class_line=class_line,
        encoding_expr=encoding_expr,
        paging_expr=paging_expr,
        server_expr=server_expr,
        scheme_expr=scheme_expr,
        requirement_expr=requirement_expr,
        docstring=docstring,
        pystr=pystr,
        comment=comment,
        md=md,
        ident=ident,
        toml=toml,
        module_header=module_header,
    )
    return env


_USER_ENV: ContextVar[jinja2.Environment | None] = ContextVar("user_env", default=None)


def current_environment() -> jinja2.Environment:
    """The environment templates render with: the built-in one, with the user's template
    folder in front of its loader while :func:`render_package` renders with one."""
    return _USER_ENV.get() or environment()


@contextmanager
def _user_templates(folder: Path | None) -> Iterator[None]:
    """Render with ``folder``'s overrides; what fails in one is a one-line error naming it."""
    env = overlay(environment(), folder.resolve()) if folder is not None else None
    token = _USER_ENV.set(env)
    try:
        yield
    except Exception as exc:
        error = user_error(exc, folder) if folder is not None else None
        if error is None:
            raise
        raise error from None
    finally:
        _USER_ENV.reset(token)
        forget_header()


# -- types, written for a file ---------------------------------------------------------------

_IMPORTS = "\x00imports\x00"  # replaced once the file's types are written (no spec text has NUL)
_INHERITED_MARK = "\x00inherited\x00"  # replaced by the names only inherited fields use
_BUILTIN_TYPES = frozenset(
    {"list", "dict", "str", "int", "float", "bool", "bytes", "tuple", "object"}
)


class TypeWriter:
    """Writes the types of one generated file (through :mod:`generator.pytypes`) and records
    every name they use, so that the file's imports are exactly what its text needs."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.imports = Imports()

    def model(self, t: Type) -> str:
        return write(t, Position.MODEL, self.ctx, self.imports)

    def model_field(self, f: Field) -> str:
        """A response-model attribute: optional ones may be missing, so they may be None."""
        t = f.type if f.model_required or f.type == ANY else Nullable(f.type)
        return self.model(t)

    def shape(self, t: Type) -> str:
        return write(t, Position.SHAPE, self.ctx, self.imports)

    def keyword(self, t: Type) -> str:
        return write(t, Position.KEYWORD, self.ctx, self.imports)

    def prim(self, name: str) -> str:
        return write(Prim(name), Position.KEYWORD, self.ctx, self.imports)

    def ret(self, t: Type) -> str:
        return write(t, Position.RETURN, self.ctx, self.imports)

    def returns(self, op: Operation, is_async: bool, streaming: bool | None = None) -> str:
        """The return annotation of a method (``streaming``: the overload's choice)."""
        if op.pagination is not None:  # a page, generic over its items
            page = "AsyncPaginator" if is_async else "SyncPage"
            self.imports.add(RUNTIME, page)
            return f"{page}[{self.ret(op.pagination.item)}]"
        s = op.response.stream
        if s is None or (not s.always and (not s.param or streaming is False)):
            return self.ret(op.response.type)
        # only what the text holds is written, so that every recorded import is used
        stream = f"{'AsyncStream' if is_async else 'Stream'}[{self.ret(s.event)}]"
        if s.always or streaming is True:
            return stream
        return f"{self.ret(op.response.type)} | {stream}"


def model_default(f: Field) -> str:
    """Source of a response-model attribute's default (``None`` when the spec gives none)."""
    return py_literal(f.default.value) if f.default is not None else "None"


_CONTEXTS: dict[int, tuple[Api, Context]] = {}  # by id(api); the Api is held, so no id reuse


def _type_context(api: Api, shadowed: frozenset[str] = frozenset()) -> Context:
    """The models' request names and classes, computed once per Api (every resource module
    asks: recomputing them per module grows as models × modules)."""
    held = _CONTEXTS.get(id(api))
    if held is None or held[0] is not api:
        if len(_CONTEXTS) >= 4:
            _CONTEXTS.clear()
        base = Context(
            requests={m.name: m.request_name for m in api.models if m.request_name},
            classes=frozenset(m.name for m in api.models if m.is_class),
        )
        held = _CONTEXTS[id(api)] = (api, base)
    return dataclasses.replace(held[1], shadowed=shadowed) if shadowed else held[1]


def _with_imports(text: str, sections: list[list[str]]) -> str:
    block = "\n\n".join("\n".join(lines) for lines in sections if lines)
    return text.replace(_IMPORTS + "\n\n", block + "\n\n" if block else "", 1)


# -- models --------------------------------------------------------------------------------


def _ordered_models(models: tuple[Model, ...]) -> tuple[list[Model], list[Model]]:
    """Classes (bases first) and aliases (dependencies first)."""
    classes = [m for m in models if m.is_class]
    aliases = [m for m in models if not m.is_class]
    by_name = {m.name: m for m in classes}
    ordered: list[Model] = []
    placed: set[str] = set()

    def place(m: Model, depth: int = 0) -> None:
        if m.name in placed or depth > 100:
            return
        if m.base and m.base in by_name and m.base not in placed:
            place(by_name[m.base], depth + 1)
        placed.add(m.name)
        ordered.append(m)

    for m in classes:
        place(m)
    alias_by = {m.name: m for m in aliases}
    out: list[Model] = []
    state: dict[str, int] = {}

    def visit(m: Model) -> None:
        state[m.name] = 1
        for dep in _alias_deps(m):
            if dep in alias_by and state.get(dep) is None:
                visit(alias_by[dep])
        state[m.name] = 2
        out.append(m)

    for m in aliases:
        if state.get(m.name) is None:
            visit(m)
    return ordered, out


def _alias_deps(m: Model) -> list[str]:
    return sorted(set(model_names(m.alias))) if m.alias is not None else []


def _alias_cycles(aliases: list[Model]) -> set[str]:
    """Aliases that reach themselves through other aliases (``A = list[B]; B = dict[str, A]``):
    those become ``TypeAliasType``s with a lazily evaluated value."""
    deps = {m.name: _alias_deps(m) for m in aliases}
    cyclic: set[str] = set()
    for start, first in deps.items():
        stack = list(first)
        seen: set[str] = set()
        while stack:
            n = stack.pop()
            if n == start:
                cyclic.add(start)
                break
            if n in seen or n not in deps:
                continue
            seen.add(n)
            stack.extend(deps[n])
    return cyclic


def _model_deps(m: Model) -> set[str]:
    if m.alias is not None:
        return set(model_names(m.alias))
    deps = {n for f in m.fields for n in model_names(f.type)}
    if m.base:
        deps.add(m.base)
    if m.extra_type is not None:
        deps.update(model_names(m.extra_type))
    return deps


def _components(models: tuple[Model, ...]) -> list[list[Model]]:
    """Strongly connected groups of models (Tarjan, iterative), dependencies first: each group
    becomes one module, and the modules import each other without cycles."""
    by_name = {m.name: m for m in models}
    graph = {
        m.name: sorted(d for d in _model_deps(m) if d in by_name and d != m.name) for m in models
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[Model]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            for j in range(i, len(graph[node])):
                nxt = graph[node][j]
                if nxt not in index:
                    work.append((node, j + 1))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    n = stack.pop()
                    on_stack.discard(n)
                    group.append(by_name[n])
                    if n == node:
                        break
                groups.append(sorted(group, key=lambda m: m.name))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return groups


def model_modules(api: Api) -> list[tuple[str, list[Model]]]:
    """(module name, models) for the models package: one module per group of models that
    refer to each other, named after its first model. The ``params`` package mirrors it."""
    taken: set[str] = {"__init__"}
    return [(module_name(group[0].name, taken), group) for group in _components(api.models)]


def _local_imports(
    names: set[str], module_of: dict[str, str], own: str, package: str, skip: set[str]
) -> list[str]:
    """``from .module import A, B`` lines for names living in sibling modules of a package."""
    by_module: dict[str, list[str]] = {}
    for name in names - skip:
        module = module_of.get(name)
        if module is not None and not (module == own and package == "."):
            by_module.setdefault(module, []).append(name)
    return [
        import_from(sorted(ns, key=isort_key), f"{package}{mod}")
        for mod, ns in sorted(by_module.items(), key=lambda d: natural_key(d[0]))
    ]


def _stdlib_imports(imports: Imports, extra: dict[str, set[str]] | None = None) -> list[str]:
    names: dict[str, set[str]] = {}
    for module in (DATETIME, UUID_MODULE, ABC, TYPING):
        names[module] = set(imports.get(module))
    for module, more in (extra or {}).items():
        names.setdefault(module, set()).update(more)
    lines = ["import builtins"] if imports.get(BUILTINS) else []
    for module in sorted(names):
        if names[module]:
            lines.append(import_from(sorted(names[module], key=isort_key), module))
    return lines


def _ancestors(classes: list[Model], by_name: dict[str, Model]) -> list[Model]:
    """The bases of ``classes``, theirs, and so on (each once)."""
    found: dict[str, Model] = {}
    for m in classes:
        base = by_name.get(m.base) if m.base else None
        while base is not None and base.name not in found:
            found[base.name] = base
            base = by_name.get(base.base) if base.base else None
    return list(found.values())


def _inherited_block(names: list[str]) -> str:
    """``_INHERITED = (...)`` naming ``names`` (imported only for inherited fields: named once
    more, so that each import is used), as black writes it (one name: on one line when
    it fits, the comma being the tuple's; more: one a line, the trailing comma kept)."""
    if not names:
        return ""
    one = f"_INHERITED = ({names[0]},)"
    tuple_text = (
        one
        if len(names) == 1 and len(one) <= 88
        else "_INHERITED = (\n" + "".join(f"    {n},\n" for n in names) + ")"
    )
    return (
        "\n# the models that only inherited fields use: pydantic looks them up here\n"
        f"{tuple_text}\n"
    )


def render_model_module(
    api: Api,
    group: list[Model],
    module_of: dict[str, str],
    own: str,
    ctx: Context,
    by_name: dict[str, Model],
) -> str:
    classes, aliases = _ordered_models(tuple(group))
    cyclic = _alias_cycles(aliases)
    w = TypeWriter(ctx)
    defined = {m.name for m in group}
    bases = {m.base for m in classes if m.base}
    text = (
        current_environment()
        .get_template("model_module.py.jinja")
        .render(
            api=api,
            classes=classes,
            aliases=aliases,
            cyclic=cyclic,
            t=w,
            default=model_default,
            imports=_IMPORTS,
            all_names=sorted((m.name for m in group), key=all_key),
            inherited=_INHERITED_MARK,
        )
    )
    # pydantic resolves a field inherited from a base in another module in this module when
    # the base could not resolve it itself (a base defined before a model of its own cycle):
    # the names of the ancestors' annotations must be here too, so they are written once more
    used = {module: set(names) for module, names in w.imports.names.items()}
    for base in _ancestors(classes, by_name):
        for f in base.fields:
            w.model_field(f)
        if base.extra_type is not None:
            w.model(base.extra_type)
    only_inherited = {
        name
        for module, names in w.imports.names.items()
        if module != BUILTINS
        for name in names - used.get(module, set())
        if not (module == MODELS and (name in defined or name in bases))
    }
    if w.imports.get(BUILTINS) and not used.get(BUILTINS):
        only_inherited.add("builtins")
    text = text.replace(_INHERITED_MARK, _inherited_block(sorted(only_inherited, key=isort_key)))
    fields = [f for m in classes for f in m.fields]
    uses_field = any(
        f.needs_alias or (f.default is not None and isinstance(f.default.value, (list, dict)))
        for f in fields
    )
    pydantic_names = set(w.imports.get(PYDANTIC))
    if uses_field or any(m.extra_type is not None for m in classes):
        pydantic_names.add("Field")
    if any(m.extra != "allow" for m in classes):
        pydantic_names.add("ConfigDict")
    runtime_names = set(w.imports.get(RUNTIME))
    if any(m.base is None for m in classes):
        runtime_names.add("BaseModel")
    typing_extra = {"TypeAlias"} if len(cyclic) < len(aliases) else set()
    third = (
        [import_from(sorted(pydantic_names, key=isort_key), "pydantic")] if pydantic_names else []
    )
    if cyclic:
        third.append("from typing_extensions import TypeAliasType")
    local = (
        [import_from(sorted(runtime_names, key=isort_key), ".._runtime")] if runtime_names else []
    )
    names = set(w.imports.get(MODELS)) | bases
    local += _local_imports(names, module_of, own, ".", defined)
    return _with_imports(text, [_stdlib_imports(w.imports, {TYPING: typing_extra}), third, local])


def render_params_module(
    api: Api,
    group: list[Model],
    module_of: dict[str, str],
    own: str,
    ctx: Context,
    by_name: dict[str, Model],
    request_module: dict[str, str],
) -> str:
    """The request shapes of one group: a ``TypedDict`` per class, an alias per alias."""
    classes, aliases = _ordered_models(tuple(m for m in group if m.request_name))
    cyclic = _alias_cycles(aliases)
    w = TypeWriter(ctx)
    shapes = _shapes(classes, by_name, w)
    text = (
        current_environment()
        .get_template("params_module.py.jinja")
        .render(
            api=api,
            shapes=shapes,
            aliases=[(m, w.shape(m.alias) if m.alias is not None else "Any") for m in aliases],
            cyclic=cyclic,
            imports=_IMPORTS,
            all_names=sorted(
                (m.request_name for m in classes + aliases if m.request_name), key=all_key
            ),
        )
    )
    typing_extra = {"TypeAlias"} if len(cyclic) < len(aliases) else set()
    pydantic_names = (["ConfigDict"] if shapes else []) + (
        ["with_config"] if any(not s.functional for s in shapes) else []
    )
    third = [import_from(pydantic_names, "pydantic")] if pydantic_names else []
    te = (["TypedDict"] if shapes else []) + (["TypeAliasType"] if cyclic else [])
    for s in shapes:
        typing_extra.update("Required" if f.required else "NotRequired" for f, _ in s.entries)
    if te:
        third.append(import_from(sorted(te, key=isort_key), "typing_extensions"))
    runtime_names = set(w.imports.get(RUNTIME))
    local = (
        [import_from(sorted(runtime_names, key=isort_key), ".._runtime")] if runtime_names else []
    )
    models_used = set(w.imports.get(MODELS))
    local += _local_imports(models_used, module_of, own, "..models.", set())
    own_requests = {m.request_name for m in group if m.request_name}
    local += _local_imports(set(w.imports.get(PARAMS)), request_module, own, ".", own_requests)
    return _with_imports(text, [_stdlib_imports(w.imports, {TYPING: typing_extra}), third, local])


def _request_fields(m: Model, by_name: dict[str, Model], depth: int = 0) -> list[Field]:
    """Every key of a request shape, the inherited ones included (a ``TypedDict`` subclass may
    not redefine a key, so shapes are flat), readOnly ones left out."""
    own = list(m.request_fields)
    base = by_name.get(m.base) if m.base else None
    if base is None or depth > 32:
        return own
    names = {f.json_name for f in m.fields}
    return [f for f in _request_fields(base, by_name, depth + 1) if f.json_name not in names] + own


@dataclasses.dataclass
class _Shape:
    """A request shape as the params template writes it."""

    model: Model
    name: str
    entries: list[tuple[Field, str]]  # (field, its Required[...]/NotRequired[...] annotation)
    extra: str
    functional: bool = False


def _shapes(classes: list[Model], by_name: dict[str, Model], w: TypeWriter) -> list[_Shape]:
    """The request shapes of a module for the template: class syntax when every key can be an
    attribute name, else the functional form (keys such as ``$ref``, ``from``, ``str``, or a
    name the module's annotations use, which a class-scope key would shadow)."""
    shapes = []
    for m in classes:
        keys = []
        for f in _request_fields(m, by_name):
            inner = w.shape(f.type)
            keys.append((f, f"Required[{inner}]" if f.required else f"NotRequired[{inner}]"))
        shapes.append(_Shape(m, m.request_name or "", keys, m.extra))
    # once every annotation of the module is written, so its names are all known
    names_used = {n for names in w.imports.names.values() for n in names} | set(_BUILTIN_TYPES)
    names_used |= {"None", "Required", "NotRequired", "TypedDict", "ConfigDict", "with_config"}
    for shape in shapes:
        shape.functional = any(
            not key.isidentifier()
            or not key.isascii()
            or keyword.iskeyword(key)
            or key in names_used
            or key.startswith("__")
            for key in (str(f.json_name) for f, _ in shape.entries)
        )
    # the functional form is evaluated where it stands: a shape it names that is not defined
    # yet (itself, or one later in the module) is written as a forward reference
    for i, shape in enumerate(shapes):
        if not shape.functional:
            continue
        later = {s.name for s in shapes[i:]}
        for j, (f, _) in enumerate(shape.entries):
            refs = {by_name[n].request_name for n in model_names(f.type) if n in by_name}
            if refs & later:
                inner = pystr(w.shape(f.type))
                wrapped = f"Required[{inner}]" if f.required else f"NotRequired[{inner}]"
                shape.entries[j] = (f, wrapped)
    return shapes


def render_models(api: Api) -> dict[str, str]:
    """The models package (lazy exports in ``__init__``, one module per group of models) and
    the params package of request shapes, module for module."""
    return {f.path: f.render() for f in model_plan(api)}


def model_plan(api: Api) -> list[PlannedFile]:
    """:func:`render_models` file by file (see :class:`PlannedFile`)."""
    modules = model_modules(api)
    module_of = {m.name: name for name, group in modules for m in group}
    ctx = _type_context(api)
    by_name = {m.name: m for m in api.models}  # once: per module it would grow as n²
    plan = [
        PlannedFile(
            f"models/{name}.py",
            partial(render_model_module, api, group, module_of, name, ctx, by_name),
            _KB_PER_MODEL * len(group),
        )
        for name, group in modules
    ]
    plan.append(
        PlannedFile(
            "models/__init__.py",
            partial(
                _render_init,
                api,
                [(name, [m.name for m in group]) for name, group in modules],
                "models",
            ),
        )
    )
    request_module = {m.request_name: module_of[m.name] for m in api.models if m.request_name}
    with_shapes = [(name, group) for name, group in modules if any(m.request_name for m in group)]
    for name, group in with_shapes:
        plan.append(
            PlannedFile(
                f"params/{name}.py",
                partial(
                    render_params_module, api, group, module_of, name, ctx, by_name, request_module
                ),
                _KB_PER_SHAPE * sum(1 for m in group if m.request_name),
            )
        )
    plan.append(
        PlannedFile(
            "params/__init__.py",
            partial(
                _render_init,
                api,
                [
                    (name, [m.request_name for m in group if m.request_name])
                    for name, group in with_shapes
                ],
                "params",
            ),
        )
    )
    return plan


def _render_init(api: Api, modules: list[tuple[str, list[str]]], kind: str) -> str:
    return (
        current_environment()
        .get_template("models_init.py.jinja")
        .render(
            api=api,
            kind=kind,
            exports=sorted(
                ((n, name) for name, names in modules for n in names), key=lambda p: all_key(p[0])
            ),
            by_module=[
                (f".{name}", sorted(names, key=isort_key))
                for name, names in sorted(modules, key=lambda pair: natural_key(pair[0]))
            ],
        )
    )


# -- ordering as ruff and isort want it ------------------------------------------------------


@cache  # the same names are sorted in module after module
def natural_key(text: str) -> tuple[Any, ...]:
    """Ruff's natural order: ``get_params_9`` before ``get_params_10``."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


@cache  # the same names are sorted in module after module
def all_key(name: str) -> tuple[Any, ...]:
    """Ruff's order for ``__all__`` (RUF022): by kind like imports, but case-sensitive."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, natural_key(name))


@cache  # the same names are sorted in module after module
def isort_key(name: str) -> tuple[Any, ...]:
    """Ruff/isort ``order-by-type``: CONSTANTS, then Classes, then functions."""
    base = name.split(" as ")[0]
    kind = 0 if base.isupper() and len(base) > 1 else 1 if base[:1].isupper() else 2
    return (kind, natural_key(base.lower() if kind != 0 else base))


# -- the client and its resources ------------------------------------------------------------


def _resources_in(res: Resource) -> list[Resource]:
    out = [res]
    for c in res.children:
        out.extend(_resources_in(c))
    return out


def call_path(res: Resource, op: Operation) -> str:
    return ".".join(("client", *res.path, op.name))


def method_doc(op: Operation, w: TypeWriter, indent: int) -> str:
    """A method's docstring as the OpenAI SDK writes them: summary, description, the HTTP call,
    then ``Args:`` with every argument's description."""
    parts = []
    if op.deprecated:
        parts.append("Deprecated: this operation is marked deprecated in the API spec.")
    if op.summary:
        parts.append(str(op.summary))
    if op.description and op.description != op.summary:
        parts.append(str(op.description))
    parts.append(f"``{op.http_method} {op.path}``")
    args: list[tuple[str, str]] = []
    fields: tuple[Field, ...] = op.body.fields if op.body else ()
    described: tuple[Param | Field, ...] = (*op.path_params, *fields, *op.other_params)
    for p in described:
        text = str(p.description or "").strip()
        if p.deprecated:
            text = ("(deprecated) " + text).strip()
        if text:
            args.append((p.name, text))
    if op.body is not None and not op.body.fields and op.body.description:
        args.append(("body", str(op.body.description)))
    args += [
        ("extra_headers", "Send extra headers"),
        ("extra_query", "Add additional query parameters to the request"),
        ("extra_body", "Add additional JSON properties to the request"),
        ("timeout", "Override the client-level default timeout for this request, in seconds"),
    ]
    lines = ["Args:"]
    for name, text in args:
        body = text.replace("\r\n", "\n").split("\n")
        lines.append(f"  {name}: {body[0].strip()}")
        lines.extend(f"      {line.strip()}" if line.strip() else "" for line in body[1:])
        lines.append("")
    parts.append("\n".join(lines).rstrip())
    return docstring("\n\n".join(parts), indent)


def _module_context(api: Api, ops: list[Operation], *, client: bool) -> dict[str, Any]:
    """What a client or resource module needs besides its types' imports."""
    runtime = (
        ["AuthScheme", "AsyncAPIClient", "SyncAPIClient"]
        if client
        else ["AsyncAPIResource", "SyncAPIResource"]
    )
    if client and api.custom_init:
        runtime += ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT"]
    if client and api.servers:
        runtime.append("ServerSpec")
        if any(server.variables for server in api.servers):
            runtime.append("ServerVariable")
    if ops:
        runtime += [
            "NOT_GIVEN",
            "Headers",
            "NotGiven",
            "Query",
            "async_to_raw_response_wrapper",
            "async_to_streamed_response_wrapper",
            "to_raw_response_wrapper",
            "to_streamed_response_wrapper",
        ]
    if any(op.params_model for op in ops):
        runtime.append("check_params")
    if any(op.pagination for op in ops):
        runtime.append("Paging")
    bodies = [op.body for op in ops if op.body]
    object_bodies = [b for b in bodies if b.model and b.fields]
    if any(b.kind not in ("multipart", "form") for b in object_bodies):
        runtime.append("build_json_body")
    if any(b.model and not b.fields for b in bodies):
        runtime.append("build_json_value")
    for kind in ("form", "multipart"):
        if any(b.kind == kind for b in object_bodies):
            runtime.append(f"build_{kind}")
    encodings = [
        e
        for b in object_bodies
        for e in (*b.encoding, *([b.default_encoding] if b.default_encoding else []))
    ]
    if encodings:
        runtime.append("PartEncoding")
    if any(e.style for e in encodings):
        runtime.append("ParamStyle")
    if any(op.deprecated or op.deprecated_params for op in ops):
        runtime.append("warn_deprecated")
    if any(p.idempotency_key for op in ops for p in op.params):
        runtime.append("new_idempotency_key")
    typing_names = {"cast"} if ops else set()
    if any(op.stream and op.stream.param and not op.stream.always for op in ops):
        typing_names |= {"overload", "Literal"}
    shadowed = frozenset(op.name for op in ops) & _BUILTIN_TYPES
    return {"runtime": runtime, "typing": typing_names, "ctx": _type_context(api, shadowed)}


def _render_code_module(
    api: Api, template: str, ops: list[Operation], *, client: bool, **params: Any
) -> str:
    mc = _module_context(api, ops, client=client)
    w = TypeWriter(mc["ctx"])
    own_init = client and api.custom_init  # annotations of Client.__init__'s keywords
    if own_init:
        w.imports.add(ABC, "Mapping")
    relative = "." if client else ".."
    text = (
        current_environment()
        .get_template(template)
        .render(
            api=api,
            t=w,
            relative=relative,
            imports=_IMPORTS,
            call_path=call_path,
            method_doc=method_doc,
            requests=mc["ctx"].requests,
            **params,
        )
    )
    uses_stream = any(op.stream and (op.stream.param or op.stream.always) for op in ops)
    runtime = set(mc["runtime"]) | set(w.imports.get(RUNTIME))
    # names only annotations use load only for type checkers
    stdlib = _stdlib_imports(
        Imports({m: set(w.imports.get(m)) for m in (DATETIME, UUID_MODULE, ABC)})
    )
    local: list[str] = list(params.get("resource_lines", []))
    if uses_stream:
        local.append(f"from {relative}_runtime import AsyncStream, Stream")
    for module, package in ((MODELS, "models"), (PARAMS, "params")):
        names = sorted(w.imports.get(module), key=isort_key)
        if names:
            local.append(import_from(names, f"{relative}{package}"))
    groups = [stdlib, ["import httpx"] if ops or own_init else [], local]
    block = "\n\n".join("\n".join(_indent(lines)) for lines in groups if lines)
    typing_names = (
        set(mc["typing"]) | set(w.imports.get(TYPING)) | ({"TYPE_CHECKING"} if block else set())
    )
    top = (["import builtins"] if w.imports.get(BUILTINS) else []) + [
        "from functools import cached_property"
    ]
    if typing_names:
        top.append(import_from(sorted(typing_names, key=isort_key), "typing"))
    sections = [top, [import_from(sorted(runtime, key=isort_key), f"{relative}_runtime")]]
    if block:
        sections.append(["if TYPE_CHECKING:\n" + block])
    return _with_imports(text, sections)


def _indent(lines: list[str]) -> list[str]:
    return [
        "\n".join(("    " + part) if part else part for part in line.split("\n")) for line in lines
    ]


def render_resource_module(api: Api, top: Resource) -> str:
    resources = _resources_in(top)
    ops = [op for r in resources for op in r.operations]
    return _render_code_module(
        api, "resource.py.jinja", ops, client=False, resources=list(reversed(resources))
    )


def render_client(api: Api) -> str:
    ops = list(api.root.operations)
    resource_lines = []
    for c in api.root.children:
        names = [
            prefix + c.class_name + suffix
            for prefix in ("", "Async")
            for suffix in ("", "WithRawResponse", "WithStreamingResponse")
        ]
        resource_lines.append(import_from(sorted(names, key=isort_key), f"._resources.{c.module}"))
    return _render_code_module(
        api, "client.py.jinja", ops, client=True, root=api.root, resource_lines=resource_lines
    )


def render_package(api: Api, templates: Path | None = None) -> dict[str, str]:
    """Every file of the distribution, by path relative to its folder. ``templates``: the
    user's folder of template overrides (:mod:`generator.user_templates`)."""
    with rendering(templates):
        files = {f.path: f.render() for f in render_plan(api)}
        check_pyproject(files["pyproject.toml"], templates)
        return files


def rendering(templates: Path | None) -> AbstractContextManager[None]:
    """The context every render of :func:`render_plan` runs in: ``templates``' overrides."""
    return _user_templates(templates)


@dataclasses.dataclass(frozen=True)
class PlannedFile:
    """One file of the distribution: ``render()`` (within :func:`rendering`) returns its text,
    independently of every other file's, so files may render in any order or process;
    ``weight``: the rough size of its text in kilobytes, to share the work out evenly."""

    path: str
    render: Callable[[], str]
    weight: float = 1.0


# kilobytes of formatted text, measured on Microsoft Graph and Stripe: a method (sync and async,
# raw and streaming wrappers), a model, a request shape
_KB_PER_METHOD, _KB_PER_MODEL, _KB_PER_SHAPE = 8.4, 1.4, 2.0


def _methods(resource: Resource) -> int:
    return len(resource.operations) + sum(_methods(child) for child in resource.children)


def render_plan(api: Api) -> list[PlannedFile]:
    """Every file of the distribution, in order (see :class:`PlannedFile`). The small files
    that name the package come first."""
    pkg = api.package
    env = current_environment()
    for name in environment().list_templates(extensions=["jinja"]):
        env.get_template(name)  # the built-in ones (or their overrides) compiled once, here,
        # not once per worker process
    resources_doc = "Resource classes, one module per top-level resource."
    plan = [
        PlannedFile(
            "pyproject.toml", partial(env.get_template("pyproject.toml.jinja").render, api=api)
        ),
        PlannedFile("README.md", partial(_render_readme, env, api)),
        PlannedFile(
            f"{pkg}/__init__.py", partial(env.get_template("init.py.jinja").render, api=api)
        ),
        PlannedFile(f"{pkg}/py.typed", str),
        PlannedFile(f"{pkg}/_client.py", partial(render_client, api)),
        PlannedFile(
            f"{pkg}/_resources/__init__.py",
            lambda: f'"""{resources_doc}{module_header(env, api)}"""\n',
        ),
    ]
    for top in api.root.children:
        plan.append(
            PlannedFile(
                f"{pkg}/_resources/{top.module}.py",
                partial(render_resource_module, api, top),
                _KB_PER_METHOD * _methods(top),
            )
        )
    plan.extend(PlannedFile(f"{pkg}/{f.path}", f.render, f.weight) for f in model_plan(api))
    for path in sorted(RUNTIME_DIR.rglob("*.py")):
        rel = path.relative_to(RUNTIME_DIR).as_posix()
        plan.append(PlannedFile(f"{pkg}/_runtime/{rel}", partial(path.read_text, encoding="utf-8")))
    return plan


def _render_readme(env: jinja2.Environment, api: Api) -> str:
    return env.get_template("README.md.jinja").render(
        api=api,
        methods=method_table(api),
        example=usage_example(api),
        paged=any(op.pagination for _, op in api.all_operations()),
    )


# -- the README's table and example ----------------------------------------------------------

_PLACEHOLDERS = {"str": '"..."', "int": "0", "float": "0.0", "bool": "False", "bytes": 'b"..."'}


def _placeholder(t: Type) -> str:
    """A value of type ``t`` for the usage example."""
    inner = t.inner if isinstance(t, Nullable) else t
    if isinstance(inner, UnionOf):
        inner = inner.variants[0]
    if isinstance(inner, LiteralOf):
        return py_literal(inner.values[0])
    if isinstance(inner, ListOf):
        item = _placeholder(inner.item)
        return f"[{item}]" if item in ("{...}", '"..."') else "[]"
    if isinstance(inner, (MapOf, ModelRef)) or inner == Prim("object"):
        return "{...}"
    if isinstance(inner, Prim):
        if inner.name == "FileInput":
            return 'Path("file.bin")'
        return _PLACEHOLDERS.get(inner.name, "...")
    return "..."


def _example_arg(name: str, t: Type, w: TypeWriter) -> str:
    """``name=<placeholder>,`` with the type as a comment when it is short enough to read."""
    line = f"    {name}={_placeholder(t)},"
    # what a caller passes; where models are involved, their names, not every accepted form
    hint = comment(w.ret(t) if any(model_names(t)) else w.keyword(t))
    return f"{line}  # {hint}" if len(line) + len(hint) <= 96 else line


def usage_example(api: Api) -> str:
    """A call of the client's most typical method, with its required arguments."""
    ops = [(".".join(("client", *res.path, op.name)), op) for res, op in api.all_operations()]
    if not ops:
        return ""
    call, op = min(
        ops, key=lambda pair: (pair[1].body is None, pair[1].http_method != "POST", len(pair[0]))
    )
    w = TypeWriter(_type_context(api))
    args = [(p.name, p.type) for p in op.params if p.required]
    if op.body is not None:
        if op.body.fields:
            args += [(f.name, f.type) for f in op.body.fields if f.required]
        elif op.body.required:
            args.append(("body", op.body.type))
    lines = [f"result = {call}("] + [_example_arg(name, t, w) for name, t in args] + [")"]
    if not args:
        lines = [f"result = {call}()"]
    if any("Path(" in line for line in lines):
        lines.insert(
            0, "from pathlib import Path  # a file argument also takes bytes or an open file\n"
        )
    return "\n".join(lines)


def method_table(api: Api) -> list[tuple[str, str, str, str, str, str]]:
    """(call, HTTP method, path, body, returns, pages) for every operation; ``pages`` says how
    a list operation pages (``cursor: after <- last_id; items data``), else ``-``."""
    w = TypeWriter(_type_context(api))
    rows = []
    for res, op in api.all_operations():
        body = "-"
        if op.body:
            body = f"{op.body.kind}: {op.body.model or w.keyword(op.body.type)}"
        pages = op.pagination.describe() if op.pagination else "-"
        rows.append(
            (call_path(res, op), op.http_method, op.path, body, w.returns(op, False), pages)
        )
    return rows
