"""Stage 6: IR → file texts, through Jinja templates.

The environment is strict (undefined names fail) and every text that came from the spec
(:class:`~generator.ir.SpecText`) must pass an escaping filter: ``docstring``, ``pystr``
(a Python string literal), ``comment``, ``md`` (Markdown text) or ``ident``. Emitting one
unfiltered is an error, caught when rendering, never a silent injection.
"""

from __future__ import annotations

import keyword
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from generator.ir import Api, Model, Operation, Resource, SpecText, model_names
from generator.naming import snake

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES / "runtime"

# characters Python treats as line breaks somewhere (tokenizer, str.splitlines, editors)
_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class UnescapedSpecText(RuntimeError):
    pass


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
    out = [lines[0].strip()] + [prefix + line[common:] if line.strip() else "" for line in lines[1:]]
    text = "\n".join(out)
    if text.startswith('"'):
        text = " " + text
    if text.endswith('"'):
        text = text + " "
    if len(out) > 1 and len(text.rsplit("\n", 1)[-1]) + 3 > 88:
        text += "\n" + prefix  # black puts the closing quotes on their own line then
    return text


def method_doc(op: Operation, indent: int) -> str:
    """A method's docstring: summary, description, then the HTTP call it makes."""
    parts = [str(op.summary)] if op.summary else []
    if op.description and op.description != op.summary:
        parts.append(str(op.description))
    parts.append(f"``{op.http_method} {op.path}``" + (" (deprecated)" if op.deprecated else ""))
    return docstring("\n\n".join(parts), indent)


_ESCAPED_SINGLE = re.compile(r"([^\\]|^)\\((?:\\\\)*)'")
_UNESCAPED_DOUBLE = re.compile(r'(([^\\]|^)(\\\\)*)"')


def pystr(value: Any) -> str:
    """A Python string literal for any text, quoted as black quotes it (``repr`` is always a
    valid literal; black then prefers double quotes unless they need more escapes)."""
    literal = repr(str(value))
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


_BUILTIN_TYPES = ("list", "dict", "str", "int", "float", "bool", "bytes", "tuple", "type", "set", "object")


def shadow(text: Any, shadowed: Any) -> str:
    """Annotation text with builtins that a method name shadows in class scope (a method
    called ``list``) spelled ``builtins.list``."""
    out = str(text)
    for name in shadowed or ():
        out = re.sub(rf"(?<![\w.]){name}\b", f"builtins.{name}", out)
    return out


def import_from(names: Any, module: str, indent: int = 0) -> str:
    """``from module import a, b`` as black writes it: one line if it fits, else one name a
    line with a trailing comma."""
    pad = " " * indent
    line = f"{pad}from {module} import {', '.join(names)}"
    if len(line) <= 88:
        return line
    inner = "".join(f"{pad}    {n},\n" for n in names)
    return f"{pad}from {module} import (\n{inner}{pad})"


def class_line(name: str, bases: str) -> str:
    """``class Name(Base):`` as black writes it when it does not fit on one line."""
    line = f"class {name}({bases}):"
    if len(line) <= 88:
        return line
    return f"class {name}(\n    {bases}\n):"


def _finalize(value: Any) -> Any:
    if isinstance(value, SpecText):
        raise UnescapedSpecText(f"spec text emitted without an escaping filter: {str(value)[:60]!r}")
    return "" if value is None else value


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(import_from=import_from, class_line=class_line, method_doc=method_doc, docstring=docstring, pystr=pystr, comment=comment, md=md, ident=ident, shadow=shadow)
    return env


# -- per-file contexts ---------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')


def _names(text: str) -> set[str]:
    """The identifiers of an annotation, not the words inside its string literals."""
    return set(_WORD.findall(_STRING.sub("", text)))


def _typing_imports(texts: list[str]) -> list[str]:
    used: set[str] = set()
    for t in texts:
        used |= _names(t)
    return sorted(n for n in ("IO", "Annotated", "Any", "Literal") if n in used)


def _ordered_models(models: tuple[Model, ...]) -> tuple[list[Model], list[Model]]:
    """Classes (bases first) and aliases (dependencies first)."""
    classes = [m for m in models if m.alias is None]
    aliases = [m for m in models if m.alias is not None]
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
        for dep in m.alias_deps:
            if dep in alias_by and state.get(dep) is None:
                visit(alias_by[dep])
        state[m.name] = 2
        out.append(m)

    for m in aliases:
        if state.get(m.name) is None:
            visit(m)
    return ordered, out


def _alias_cycles(aliases: list[Model]) -> set[str]:
    """Aliases that reach themselves through other aliases (``A = list[B]; B = dict[str, A]``):
    those become ``TypeAliasType``s with a lazily evaluated value."""
    deps = {m.name: list(m.alias_deps) for m in aliases}
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
        return set(m.alias_deps)
    deps = {n for f in m.fields for n in model_names(f.type)}
    if m.base:
        deps.add(m.base)
    if m.extra_annotation:
        deps.update(_WORD.findall(m.extra_annotation))
    return deps


def _components(models: tuple[Model, ...]) -> list[list[Model]]:
    """Strongly connected groups of models (Tarjan, iterative), dependencies first: each group
    becomes one module, and the modules import each other without cycles."""
    by_name = {m.name: m for m in models}
    graph = {m.name: sorted(d for d in _model_deps(m) if d in by_name and d != m.name) for m in models}
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
    refer to each other, named after its first model."""
    taken: set[str] = {"__init__"}
    out = []
    for group in _components(api.models):
        base = snake(group[0].name)
        name = base if base not in taken else f"{base}_{len(taken)}"
        while name in taken or keyword.iskeyword(name):
            name += "_"
        taken.add(name)
        out.append((name, group))
    return out


def render_model_module(api: Api, group: list[Model], module_of: dict[str, str], own: str) -> str:
    classes, aliases = _ordered_models(tuple(group))
    texts = [f.annotation for m in classes for f in m.fields] + [m.alias or "" for m in aliases] + [m.extra_annotation or "" for m in classes]
    joined = " ".join(texts)
    words = _names(joined)
    cyclic = _alias_cycles(aliases)
    deps: dict[str, list[str]] = {}
    for m in group:
        for dep in sorted(_model_deps(m)):
            module = module_of.get(dep)
            if module and module != own:
                deps.setdefault(module, [])
                if dep not in deps[module]:
                    deps[module].append(dep)
    datetime_names = [n for n in ("date", "datetime") if n in words]
    typing_names = sorted(_typing_imports(texts) + (["TypeAlias"] if len(cyclic) < len(aliases) else []), key=isort_key)
    uses_field = "Field" in words or any(m.extra_annotation for m in classes) or any(
        f.needs_alias or (not f.required and (f.default or "")[:1] in "[{") for m in classes for f in m.fields
    )
    pydantic_names = [n for n, used in (("ConfigDict", any(m.extra != "allow" for m in classes)), ("Field", uses_field)) if used]
    runtime_names = [
        n
        for n in ("BaseModel", "FileInput", "LenientLiteral", "LenientUnion")
        if n in words or (n == "BaseModel" and any(m.base is None for m in classes))
    ]
    stdlib = ([import_from(datetime_names, "datetime")] if datetime_names else []) + ([import_from(typing_names, "typing")] if typing_names else [])
    third = ([import_from(pydantic_names, "pydantic")] if pydantic_names else []) + (["from typing_extensions import TypeAliasType"] if cyclic else [])
    local = ([import_from(sorted(runtime_names, key=isort_key), ".._runtime")] if runtime_names else []) + [
        import_from(sorted(names, key=isort_key), f".{mod}") for mod, names in sorted(deps.items(), key=lambda d: natural_key(d[0]))
    ]
    sections = ["\n".join(block) for block in (stdlib, third, local) if block]
    return environment().get_template("model_module.py.jinja").render(
        api=api,
        classes=classes,
        aliases=aliases,
        cyclic=cyclic,
        imports="\n\n".join(sections),
        all_names=sorted((m.name for m in group), key=all_key),
    )


def render_models(api: Api) -> dict[str, str]:
    """The models package: lazy exports in ``__init__``, one module per group of models."""
    modules = model_modules(api)
    module_of = {m.name: name for name, group in modules for m in group}
    files = {
        name: render_model_module(api, group, module_of, name) for name, group in modules
    }
    files["__init__"] = environment().get_template("models_init.py.jinja").render(
        api=api,
        exports=sorted(((m.name, module_of[m.name]) for m in api.models), key=lambda p: all_key(p[0])),
        by_module=[
            (f".{name}", sorted((m.name for m in group), key=isort_key))
            for name, group in sorted(modules, key=lambda pair: natural_key(pair[0]))
        ],
    )
    return files


def _op_texts(op: Operation) -> list[str]:
    texts = [op.response_annotation, op.cast_to] + [p.annotation for p in op.params]
    if op.body:
        texts += [op.body.annotation] + [f.annotation for f in op.body.fields]
    if op.stream:
        texts.append(op.stream.event_annotation)
    texts += [a for _, a in op.error_types]
    return texts


def _resources_in(res: Resource) -> list[Resource]:
    out = [res]
    for c in res.children:
        out.extend(_resources_in(c))
    return out


def natural_key(text: str) -> tuple[Any, ...]:
    """Ruff's natural order: ``get_params_9`` before ``get_params_10``."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def all_key(name: str) -> tuple[Any, ...]:
    """Ruff's order for ``__all__`` (RUF022): by kind like imports, but case-sensitive."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, natural_key(name))


def isort_key(name: str) -> tuple[Any, ...]:
    """Ruff/isort ``order-by-type``: CONSTANTS, then Classes, then functions."""
    base = name.split(" as ")[0]
    kind = 0 if base.isupper() and len(base) > 1 else 1 if base[:1].isupper() else 2
    return (kind, natural_key(base.lower() if kind != 0 else base))


def _imports(ops: list[Operation], texts: list[str], *, client: bool) -> dict[str, Any]:
    """What a client or resource module must import (and nothing more: ruff checks)."""
    runtime = ["AuthScheme", "AsyncAPIClient", "SyncAPIClient"] if client else ["AsyncAPIResource", "SyncAPIResource"]
    if ops:
        runtime += ["NOT_GIVEN", "Headers", "NotGiven", "Query", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]
    if any(op.params_model for op in ops):
        runtime.append("check_params")
    bodies = [op.body for op in ops if op.body]
    if any(b.model and b.fields and b.kind != "multipart" for b in bodies):
        runtime.append("build_json_body")
    if any(b.model and not b.fields for b in bodies):
        runtime.append("build_json_value")
    if any(b.model and b.fields and b.kind == "multipart" for b in bodies):
        runtime.append("build_multipart")
    all_names = _names(" ".join(texts))
    if "FileTypes" in all_names:
        runtime.append("FileTypes")
    typing_names = _typing_imports(texts)
    if any(op.stream and op.stream.param and not op.stream.always for op in ops):
        typing_names += ["overload"]
        if "Literal" not in typing_names:
            typing_names.append("Literal")
    if ops:
        typing_names.append("cast")
    joined = " ".join(texts)
    shadowed = sorted(n for n in {op.name for op in ops} & set(_BUILTIN_TYPES) if n in _names(joined))
    return {
        "shadowed": shadowed,
        "runtime_imports": sorted(set(runtime), key=isort_key),
        "typing_names": sorted(set(typing_names), key=isort_key),
        "ops": ops,
    }


def render_resource_module(api: Api, top: Resource) -> str:
    resources = _resources_in(top)
    ops = [op for r in resources for op in r.operations]
    texts = [t for op in ops for t in _op_texts(op)]
    model_names = sorted({n for op in ops for n in op.model_imports}, key=isort_key)
    ctx = _imports(ops, texts, client=False)
    uses_stream = any(op.stream and (op.stream.param or op.stream.always) for op in ops)
    if uses_stream or model_names or ops:
        ctx["typing_names"] = sorted(ctx["typing_names"] + ["TYPE_CHECKING"], key=isort_key)
    return environment().get_template("resource.py.jinja").render(
        relative="..",
        api=api,
        resources=list(reversed(resources)),
        model_names=model_names,
        uses_stream=uses_stream,
        **ctx,
    )


def render_client(api: Api) -> str:
    ops = list(api.root.operations)
    texts = [t for op in ops for t in _op_texts(op)]
    ctx = _imports(ops, texts, client=True)
    model_names = sorted({n for op in ops for n in op.model_imports}, key=isort_key)
    uses_stream = any(op.stream and (op.stream.param or op.stream.always) for op in ops)
    if uses_stream or model_names or api.root.children or ops:
        ctx["typing_names"] = sorted(ctx["typing_names"] + ["TYPE_CHECKING"], key=isort_key)
    return environment().get_template("client.py.jinja").render(
        relative=".",
        api=api,
        root=api.root,
        model_names=model_names,
        uses_stream=uses_stream,
        resource_imports={
            c.class_name: sorted(
                [c.class_name, c.class_name + "WithRawResponse", "Async" + c.class_name, "Async" + c.class_name + "WithRawResponse"],
                key=isort_key,
            )
            for c in api.root.children
        },
        **ctx,
    )


def render_package(api: Api) -> dict[str, str]:
    """Every file of the distribution, by path relative to its folder."""
    pkg = api.package
    env = environment()
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(api=api),
        "README.md": env.get_template("README.md.jinja").render(api=api, methods=method_table(api), example=usage_example(api)),
        f"{pkg}/__init__.py": env.get_template("init.py.jinja").render(api=api),
        f"{pkg}/py.typed": "",
        f"{pkg}/_client.py": render_client(api),
        f"{pkg}/_resources/__init__.py": '"""Resource classes, one module per top-level resource."""\n',
    }
    for top in api.root.children:
        files[f"{pkg}/_resources/{top.module}.py"] = render_resource_module(api, top)
    for name, text in render_models(api).items():
        files[f"{pkg}/models/{name}.py"] = text
    for path in sorted(RUNTIME.rglob("*.py")):
        rel = path.relative_to(RUNTIME).as_posix()
        files[f"{pkg}/_runtime/{rel}"] = path.read_text(encoding="utf-8")
    return files


_PLACEHOLDERS = (("str", '"..."'), ("int", "0"), ("float", "0.0"), ("bool", "False"), ("FileTypes", 'Path("file.bin")'), ("bytes", 'b"..."'))


def _placeholder(annotation_text: str) -> str:
    head = annotation_text.split("|")[0].strip()
    if head.startswith("Literal["):
        return head[len("Literal[") :].split(",")[0].rstrip("]")
    if head.startswith("list["):
        return "[]"
    if head.startswith("dict["):
        return "{}"
    for name, value in _PLACEHOLDERS:
        if head == name:
            return value
    return "{...}" if head[:1].isupper() else "..."


def usage_example(api: Api) -> str:
    """A call of the client's most typical method, with its required arguments."""
    rows = {row[0]: row for row in method_table(api)}
    ops = list(zip(rows, (op for _, op in api.all_operations())))
    if not ops:
        return ""
    call, op = min(ops, key=lambda pair: (pair[1].body is None, pair[1].http_method != "POST", len(pair[0])))
    args = [(p.name, p.annotation) for p in op.params if p.required]
    if op.body is not None:
        if op.body.fields:
            args += [(f.name, f.annotation) for f in op.body.fields if f.required]
        elif op.body.required:
            args.append(("body", op.body.annotation))
    lines = [f"result = {call}("] + [f"    {name}={_placeholder(ann)},  # {comment(ann)}" for name, ann in args] + [")"]
    if not args:
        lines = [f"result = {call}()"]
    if any("Path(" in line for line in lines):
        lines.insert(0, "from pathlib import Path  # a file argument also takes bytes or an open file\n")
    return "\n".join(lines)


def method_table(api: Api) -> list[tuple[str, str, str, str, str]]:
    """(call, HTTP method, path, body, returns) for every operation."""
    rows = []
    for res, op in api.all_operations():
        call = ".".join(["client", *[p for p in res.path], op.name])
        if res.path:
            call = "client." + ".".join(_attr_path(api.root, res) + [op.name])
        body = "-"
        if op.body:
            body = op.body.model or op.body.annotation
            body = f"{op.body.kind}: {body}"
        returns = op.response_annotation
        if op.stream and not op.stream.always:
            returns = f"{returns} | Stream[{op.stream.event_annotation}]"
        rows.append((call, op.http_method, op.path, body, returns))
    return rows


def _attr_path(root: Resource, target: Resource) -> list[str]:
    def walk(res: Resource, trail: list[str]) -> list[str] | None:
        if res is target:
            return trail
        for c in res.children:
            found = walk(c, trail + [c.attr])
            if found is not None:
                return found
        return None

    return walk(root, []) or list(target.path)
