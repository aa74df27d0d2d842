"""Stage 5: the normalized document → the IR (:mod:`generator.ir`).

Every shape decision lives here: which schemas become classes or aliases, how a schema becomes
a Python annotation, which variant tags make a union discriminated, how paths become the
resource tree and methods, which keyword each parameter and body property gets.
"""

from __future__ import annotations

import keyword
import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from generator import __version__
from generator.errors import join_pointer
from generator.ir import (
    ANY,
    Api,
    Auth,
    Body,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Nullable,
    Operation,
    Param,
    Prim,
    Resource,
    SpecText,
    StreamInfo,
    TupleOf,
    Type,
    UnionOf,
    model_names,
)
from generator.naming import MODULE_RESERVED, field_name, pascal, snake, unique
from generator.normalize.inline_names import needs_class, operation_name
from generator.normalize.walk import HTTP_METHODS
from generator.render import pystr
from generator.resolve import lookup

_VERSION_SEGMENT = re.compile(r"^v\d+([a-z]+\d*)?$", re.IGNORECASE)
_JSON = re.compile(r"^(application|text)/([\w.+-]*\+)?json(;.*)?$|^\*/\*$", re.IGNORECASE)
_BINARY_TYPES = ("application/octet-stream", "audio/", "image/", "video/", "application/pdf", "application/zip")
_SCHEMA_PREFIX = "#/components/schemas/"
# names every generated method (or the client) uses for itself
METHOD_RESERVED = {"self", "extra_headers", "extra_query", "extra_body", "timeout", "cls", "cast",
                   "httpx", "builtins", "check_params", "build_json_body", "build_json_value", "build_multipart"}
RESOURCE_RESERVED = {"with_raw_response", "with_options", "close", "request", "copy", "base_url",
                     "api_key", "timeout", "max_retries", "default_headers", "http_client"}
ANNOTATION_NAMES = {"str", "int", "float", "bool", "bytes", "list", "dict", "tuple", "date",
                    "datetime", "None", "Any", "Literal", "Annotated", "Field", "FileInput"}


def spec_text(value: Any) -> SpecText | None:
    if value is None:
        return None
    text = str(value).strip()
    return SpecText(text) if text else None


def py_literal(value: Any) -> str:
    """Python source for a JSON value (a safe literal; strings via repr)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return pystr(str(value))


# -- annotations ---------------------------------------------------------------------------


def annotation(t: Type, signature: bool = False) -> str:
    """Python source for a type. ``signature``: the form for method parameters, where
    validation markers (lenient enums, discriminators) are left out."""
    if isinstance(t, Prim):
        if signature and t.name == "FileInput":
            return "FileTypes"
        return {"object": "dict[str, Any]"}.get(t.name, t.name)
    if isinstance(t, ModelRef):
        return t.name
    if isinstance(t, ListOf):
        return f"list[{annotation(t.item, signature)}]"
    if isinstance(t, MapOf):
        return f"dict[str, {annotation(t.value, signature)}]"
    if isinstance(t, TupleOf):
        return "tuple[" + ", ".join(annotation(i, signature) for i in t.items) + "]" if t.items else "tuple[()]"
    if isinstance(t, LiteralOf):
        lit = "Literal[" + ", ".join(py_literal(v) for v in t.values) + "]"
        lenient = t.lenient and not signature and all(isinstance(v, str) for v in t.values)
        return f"Annotated[{lit}, LenientLiteral]" if lenient else lit
    if isinstance(t, Nullable):
        inner = annotation(t.inner, signature)
        if isinstance(t.inner, UnionOf) and t.inner.discriminator and not signature:
            return f"{inner} | None"
        parts = _split_union(inner)
        return inner if inner == "Any" or "None" in parts else f"{inner} | None"
    if isinstance(t, UnionOf):
        parts = []
        for v in t.variants:
            for part in _split_union(annotation(v, signature)):
                if part not in parts:
                    parts.append(part)
        if "None" in parts:  # keep None last
            parts.remove("None")
            parts.append("None")
        body = " | ".join(parts)
        if t.discriminator and not signature:
            return f"Annotated[{body}, Field(discriminator={py_literal(t.discriminator)}), LenientUnion]"
        return body
    raise TypeError(t)


def _split_union(text: str) -> list[str]:
    """Top-level ``|`` parts of an annotation."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


# -- the builder ---------------------------------------------------------------------------


@dataclass
class _ModelDraft:
    name: str
    schema_name: str
    schema: dict[str, Any]
    model: Model | None = None


@dataclass
class Builder:
    data: dict[str, Any]
    package: str
    spec_sha256: str = ""
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (message, JSON pointer)
    taken: set[str] = field(default_factory=set)
    drafts: dict[str, _ModelDraft] = field(default_factory=dict)  # by class name
    by_ref: dict[str, str] = field(default_factory=dict)  # "#/components/schemas/X" → class
    by_id: dict[int, str] = field(default_factory=dict)  # id(inline schema) → class
    tags: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=dict)  # class → prop → tag values
    _converting: set[int] = field(default_factory=set)

    # -- names ---------------------------------------------------------------------------
    def _claim(self, base: str, hints: list[str] | None = None) -> str:
        if base in MODULE_RESERVED or base in ANNOTATION_NAMES or keyword.iskeyword(base):
            base = base + "Model"
        return unique(base, self.taken, hints)

    def register_components(self) -> None:
        schemas = (self.data.get("components") or {}).get("schemas") or {}
        # exact PascalCase keys first, so that ``Foo`` keeps its name over ``foo``
        order = sorted(schemas, key=lambda k: (pascal(k) != k, k))
        for key in order:
            schema = schemas[key]
            ref = _SCHEMA_PREFIX + key.replace("~", "~0").replace("/", "~1")
            base = pascal(key)
            name = self._claim(base, [pascal(key + "_schema"), pascal(key + "_model")])
            self.by_ref[ref] = name
            self.drafts[name] = _ModelDraft(name, key, schema if isinstance(schema, dict) else {})
            if isinstance(schema, dict):
                self.by_id[id(schema)] = name

    def _inline_model(self, schema: dict[str, Any], fallback: str) -> str:
        key = id(schema)
        if key in self.by_id:
            return self.by_id[key]
        hint = schema.get("x-py-name") or fallback
        name = self._claim(pascal(str(hint)), [pascal(str(hint) + "_object")])
        self.by_id[key] = name
        self.drafts[name] = _ModelDraft(name, str(hint), schema)
        return name

    # -- schemas → types -------------------------------------------------------------------
    def deref(self, schema: Any, depth: int = 0) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 32:
            try:
                schema = lookup(self.data, schema["$ref"][1:])
            except KeyError:
                return {}
            depth += 1
        return schema

    def type_of(self, schema: Any, hint: str, *, multipart: bool = False) -> Type:
        if schema is True or schema is None or schema == {}:
            return ANY
        if schema is False or not isinstance(schema, dict):
            return ANY
        nullable = bool(schema.get("nullable"))
        t = self._type_of(schema, hint, multipart)
        if nullable and not (isinstance(t, Prim) and t.name in ("Any", "None")):
            return Nullable(t)
        return t

    def _type_of(self, schema: dict[str, Any], hint: str, multipart: bool) -> Type:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in self.by_ref:
                return ModelRef(self.by_ref[ref])
            target = self.deref(schema)
            if not isinstance(target, dict) or id(target) in self._converting:
                return ANY
            self._converting.add(id(target))
            try:
                return self.type_of(target, hint, multipart=multipart)
            finally:
                self._converting.discard(id(target))
        variants = schema.get("anyOf")
        if isinstance(variants, list) and variants:
            types: list[Type] = []
            for i, v in enumerate(variants):
                t = self.type_of(v, f"{hint}Variant{i + 1}", multipart=multipart)
                if t not in types:
                    types.append(t)
            if ANY in types:
                return ANY
            literals = [t for t in types if isinstance(t, LiteralOf)]
            if len(literals) > 1:  # Literal["a"] | Literal["b"] → Literal["a", "b"]
                merged = LiteralOf(_distinct(v for t in literals for v in t.values), all(t.lenient for t in literals))
                first = types.index(literals[0])
                types = [t for t in types if not isinstance(t, LiteralOf)]
                types.insert(first, merged)
            if len(types) == 1:
                return types[0]
            disc = self._discriminator(schema, types)
            return UnionOf(tuple(types), disc)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = _distinct(v for v in enum if v is not None)
            if values and all(isinstance(v, (str, bool, int)) for v in values):
                kinds = {type(v) for v in values}
                if len(kinds) == 1 or kinds <= {int, bool}:
                    return LiteralOf(values)
        stype = schema.get("type")
        if stype == "string":
            fmt = schema.get("format")
            if fmt == "binary" or schema.get("contentMediaType") == "application/octet-stream":
                return Prim("FileInput")
            return Prim("str")
        if stype == "integer":
            return Prim("int")
        if stype == "number":
            return Prim("float")
        if stype == "boolean":
            return Prim("bool")
        if stype == "null":
            return Prim("None")
        if stype == "array" or "items" in schema or "prefixItems" in schema:
            prefix = schema.get("prefixItems")
            if isinstance(prefix, list) and prefix and schema.get("items") is False:
                return TupleOf(tuple(self.type_of(p, f"{hint}Item{i + 1}") for i, p in enumerate(prefix)))
            items = schema.get("items")
            if isinstance(items, list):
                items = items[0] if items else {}
            return ListOf(self.type_of(items if isinstance(items, dict) else {}, f"{hint}Item", multipart=multipart))
        if needs_class(schema) or "x-py-base" in schema:
            return ModelRef(self._inline_model(schema, hint))
        if stype == "object" or "additionalProperties" in schema or "properties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return MapOf(self.type_of(extra, f"{hint}Value"))
            return Prim("object")
        if isinstance(stype, list):
            return ANY
        return ANY

    def _discriminator(self, schema: dict[str, Any], types: list[Type]) -> str | None:
        disc = schema.get("x-discriminator")
        if not isinstance(disc, dict) or len(types) != len(schema.get("anyOf") or []):
            return None
        prop = disc.get("property")
        tags = disc.get("tags") or []
        if not isinstance(prop, str) or len(tags) != len(types):
            return None
        names = []
        for t in types:
            if not isinstance(t, ModelRef) or not self._is_class(t.name):
                return None
            names.append(t.name)
        for name in names:
            draft = self.drafts[name]
            props = self._all_properties(draft.schema)
            if prop not in props or prop not in self._all_required(draft.schema):
                # pydantic needs the tag on every variant; an optional tag is matched by
                # structure instead (the Literal still rejects the wrong variants)
                return None
        attr = _attr_name(prop)
        for name in names:
            others = [p for p in self._all_properties(self.drafts[name].schema) if p != prop]
            if any(_attr_name(p) == attr for p in others):
                return None  # two properties share the attribute name: no safe discriminator
        for name, values in zip(names, tags):
            existing = self.tags.setdefault(name, {}).get(prop, ())
            merged = tuple(dict.fromkeys(existing + tuple(values)))
            self.tags[name][prop] = merged
        return attr  # pydantic names the discriminator by attribute; input uses the alias

    def _ref_loop(self, schema: Any) -> bool:
        """A schema that is only a chain of refs coming back to itself (resolve warned)."""
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen:
                return True
            seen.add(ref)
            try:
                schema = lookup(self.data, ref[1:])
            except KeyError:
                return False
        return False

    def _is_class(self, name: str) -> bool:
        draft = self.drafts.get(name)
        if draft is None:
            return False
        s = draft.schema
        return needs_class(s) or "x-py-base" in s

    def _all_required(self, schema: dict[str, Any], depth: int = 0) -> set[str]:
        required = {r for r in schema.get("required") or [] if isinstance(r, str)}
        base = schema.get("x-py-base")
        if base and depth < 16:
            target = self.deref({"$ref": base})
            if isinstance(target, dict):
                required |= self._all_required(target, depth + 1)
        return required

    def _all_properties(self, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        props = dict(schema.get("properties") or {})
        base = schema.get("x-py-base")
        if base and depth < 16:
            target = self.deref({"$ref": base})
            if isinstance(target, dict):
                for k, v in self._all_properties(target, depth + 1).items():
                    props.setdefault(k, v)
        return props

    def named(self, t: Type, name: str) -> str:
        """A single name for ``t`` in the models module: a model, or a new public alias."""
        if isinstance(t, ModelRef):
            return t.name
        if t == ANY:
            return "None"
        alias = self._claim(name, [name + "Type"])
        self.drafts[alias] = _ModelDraft(alias, name, {}, Model(alias, name, None, alias=annotation(t), alias_deps=tuple(sorted(set(model_names(t))))))
        return alias

    # -- models ----------------------------------------------------------------------------
    def build_models(self) -> list[Model]:
        done: set[str] = set()
        # drafts grow while converting (inline models); loop until stable
        while True:
            pending = [n for n in self.drafts if n not in done]
            if not pending:
                break
            for name in pending:
                done.add(name)
                if self.drafts[name].model is None:
                    self.drafts[name].model = self._build_model(self.drafts[name])
        # tags discovered late (a union converted after its variants) need the variants again
        for name, draft in self.drafts.items():
            if name in self.tags and draft.model is not None and draft.model.alias is None and draft.schema:
                draft.model = self._build_model(draft)
        return [d.model for d in sorted(self.drafts.values(), key=lambda d: d.name) if d.model is not None]

    def _build_model(self, draft: _ModelDraft) -> Model:
        schema = draft.schema
        description = spec_text(schema.get("description") or schema.get("title"))
        if not (needs_class(schema) or "x-py-base" in schema):
            if self._ref_loop(schema):
                return Model(draft.name, draft.schema_name, description, alias="Any")
            t = self._type_of({k: v for k, v in schema.items() if k != "nullable"}, draft.name, False) if schema else ANY
            if isinstance(t, ModelRef) and t.name == draft.name:
                t = Prim("object")
            if schema.get("nullable"):
                t = Nullable(t)
            return Model(draft.name, draft.schema_name, description, alias=annotation(t), alias_deps=tuple(sorted(set(model_names(t)))))
        base = None
        if isinstance(schema.get("x-py-base"), str):
            base = self.by_ref.get(schema["x-py-base"])
            if base is not None and not self._is_class(base):
                base = None
        # allOf semantics: required anywhere in the chain stays required when redefined here
        required = self._all_required(schema)
        props = dict(schema.get("properties") or {})
        tag_overrides = self.tags.get(draft.name, {})
        for prop in tag_overrides:
            if prop not in props:
                inherited = self._all_properties(schema).get(prop)
                if inherited is not None:
                    props[prop] = inherited
                    if base:
                        base_schema = self.drafts[base].schema
                        if prop in (base_schema.get("required") or []):
                            required.add(prop)
        taken = set(METHOD_RESERVED) | {"model_config"}
        fields: list[Field] = []
        for json_name, prop_schema in props.items():
            name = unique(_attr_name(json_name), taken, [_attr_name(json_name) + "_"])
            if json_name in tag_overrides:
                t: Type = LiteralOf(tag_overrides[json_name], lenient=False)
            else:
                t = self.type_of(prop_schema, draft.name + pascal(json_name))
            is_required = json_name in required
            default: str | None = None
            if not is_required:
                d = prop_schema.get("default") if isinstance(prop_schema, dict) else None
                default = py_literal(d) if d is not None and _default_fits(t, d) else "None"
                if not isinstance(t, Nullable) and t != ANY:
                    t = Nullable(t)
            fields.append(
                Field(
                    name=name,
                    json_name=SpecText(json_name),
                    type=t,
                    annotation=annotation(t),
                    required=is_required,
                    default=default,
                    description=spec_text(prop_schema.get("description") if isinstance(prop_schema, dict) else None),
                    deprecated=bool(isinstance(prop_schema, dict) and prop_schema.get("deprecated")),
                )
            )
        extra = schema.get("additionalProperties")
        extra_annotation = None
        mode = "allow"
        if extra is False:
            mode = "forbid"
        elif isinstance(extra, dict) and extra:
            extra_annotation = annotation(self.type_of(extra, draft.name + "Value"))
            if extra_annotation == "Any":
                extra_annotation = None
        return Model(
            draft.name,
            draft.schema_name,
            description,
            fields=tuple(fields),
            base=base,
            extra=mode,
            extra_annotation=extra_annotation,
        )


def _distinct(values: Any) -> tuple[Any, ...]:
    """Values without repeats (``True`` and ``1`` are different enum values)."""
    seen: dict[tuple[str, str], Any] = {}
    for v in values:
        seen.setdefault((type(v).__name__, repr(v)), v)  # repr: enum values may be objects
    return tuple(seen.values())


def _attr_name(json_name: str) -> str:
    """The attribute of a model field (keywords, pydantic's and the annotations' own names
    get a trailing underscore)."""
    name = field_name(json_name)
    return name + "_" if name in ANNOTATION_NAMES else name


def _default_fits(t: Type, value: Any) -> bool:
    inner = t.inner if isinstance(t, Nullable) else t
    if isinstance(inner, Prim):
        checks = {"str": str, "int": int, "float": (int, float), "bool": bool}
        expected = checks.get(inner.name)
        if expected is None:
            return False
        if inner.name in ("int", "float") and isinstance(value, bool):
            return False
        return isinstance(value, expected)
    if isinstance(inner, LiteralOf):
        return value in inner.values
    if isinstance(inner, ListOf):
        return isinstance(value, list) and not value
    return False


# -- operations and resources ----------------------------------------------------------------


@dataclass
class _OpDraft:
    path: str
    method: str
    op: dict[str, Any]
    resource: tuple[str, ...]
    name: str
    shared_params: list[Any]


def resource_and_method(path: str, method: str, collections: set[tuple[str, ...]]) -> tuple[tuple[str, ...], str]:
    """``POST /chat/completions`` → (("chat", "completions"), "create")."""
    segments = [s for s in path.split("?", 1)[0].split("/") if s]
    if segments and _VERSION_SEGMENT.match(segments[0]):
        segments = segments[1:]
    statics: list[str] = []
    last_is_param = False
    for seg in segments:
        if "{" in seg:
            last_is_param = True
        else:
            statics.append(attr_name(seg))
            last_is_param = False
    is_action = False
    if segments and not last_is_param and len(segments) >= 2 and "{" in segments[-2]:
        key = tuple(statics)
        if key not in collections:
            is_action = True
    if is_action:
        return tuple(statics[:-1]), statics[-1]
    if last_is_param:
        return tuple(statics), {"get": "retrieve", "delete": "delete"}.get(method, "update")
    return tuple(statics), {"get": "list", "post": "create", "delete": "delete", "put": "update", "patch": "update"}.get(method, method)


def _collections(paths: dict[str, Any]) -> set[tuple[str, ...]]:
    """Static paths that are collections: with deeper paths below or several methods."""
    out: set[tuple[str, ...]] = set()
    for path, item in paths.items():
        segs = [s for s in str(path).split("?", 1)[0].split("/") if s]
        if segs and _VERSION_SEGMENT.match(segs[0]):
            segs = segs[1:]
        statics = tuple(attr_name(s) for s in segs if "{" not in s)
        # every proper static prefix that has a param after it is a collection
        for i, seg in enumerate(segs):
            if "{" in seg and i > 0 and "{" not in segs[i - 1]:
                out.add(tuple(attr_name(s) for s in segs[:i] if "{" not in s))
        if isinstance(item, dict) and sum(1 for m in HTTP_METHODS if m in item) > 1:
            out.add(statics)
    return out


class ApiBuilder(Builder):
    def build(self) -> Api:
        self.register_components()
        root = self._build_resources()
        models = self.build_models()
        info = self.data.get("info") if isinstance(self.data.get("info"), dict) else {}
        title = spec_text(info.get("title")) or SpecText(self.package)
        version = spec_text(info.get("version")) or SpecText("0.0.0")
        servers = self.data.get("servers") or []
        base_url = ""
        if isinstance(servers, list) and servers and isinstance(servers[0], dict):
            base_url = _server_url(servers[0])
        env_prefix = snake(self.package).upper()
        return Api(
            package=self.package,
            dist_name=self.package.replace("_", "-"),
            title=title,
            version=version,
            description=spec_text(info.get("description")),
            env_prefix=env_prefix,
            base_url=SpecText(base_url),
            auth=self._auth(env_prefix),
            models=tuple(models),
            root=root,
            spec_sha256=self.spec_sha256,
            generator_version=__version__,
            warnings=tuple(self.warnings),
        )

    # -- auth -----------------------------------------------------------------------------
    def _auth(self, env_prefix: str) -> Auth:
        comps = self.data.get("components") or {}
        schemes = comps.get("securitySchemes") if isinstance(comps, dict) else None
        env = f"{env_prefix}_API_KEY"
        if not isinstance(schemes, dict) or not schemes:
            return Auth("none", "", env)
        order: list[str] = []
        for req in self.data.get("security") or []:
            if isinstance(req, dict):
                order.extend(k for k in req if k not in order)
        order.extend(k for k in schemes if k not in order)
        for key in order:
            s = self.deref(schemes.get(key))
            if not isinstance(s, dict):
                continue
            kind = str(s.get("type", "")).lower()
            if kind == "http" and str(s.get("scheme", "")).lower() == "bearer":
                return Auth("bearer", "Authorization", env)
            if kind == "http" and str(s.get("scheme", "")).lower() == "basic":
                return Auth("basic", "Authorization", env)
            if kind == "apikey" and s.get("in") in ("header", "query") and isinstance(s.get("name"), str):
                return Auth("header" if s["in"] == "header" else "query", SpecText(s["name"]), env)
            if kind in ("oauth2", "openidconnect"):
                return Auth("bearer", "Authorization", env)
        kinds = sorted({str((self.deref(v) or {}).get("type")) for v in schemes.values() if isinstance(self.deref(v), dict)})
        self.warnings.append((f"security scheme(s) {', '.join(kinds)} not supported by the client; pass credentials with default_headers", "/components/securitySchemes"))
        return Auth("none", "", env)

    # -- resources --------------------------------------------------------------------------
    def _build_resources(self) -> Resource:
        paths = self.data.get("paths") or {}
        collections = _collections(paths)
        drafts: list[_OpDraft] = []
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            shared = list(item.get("parameters") or [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                res, name = resource_and_method(str(path), method, collections)
                drafts.append(_OpDraft(str(path), method, op, res, name, shared))
        # same name in the same resource → operationIds name them
        by_key: dict[tuple[tuple[str, ...], str], list[_OpDraft]] = {}
        for d in drafts:
            by_key.setdefault((d.resource, d.name), []).append(d)
        resource_paths = {d.resource[:i] for d in drafts for i in range(1, len(d.resource) + 1)}
        for (res, name), group in by_key.items():
            clash = len(group) > 1 or (res + (name,)) in resource_paths
            if clash:
                for d in group:
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
        tree: dict[tuple[str, ...], list[_OpDraft]] = {}
        for d in drafts:
            tree.setdefault(d.resource, []).append(d)
        for key in list(tree):
            for i in range(1, len(key)):
                tree.setdefault(key[:i], [])
        tree.setdefault((), [])
        # resource classes share the models' name space: _client.py imports both
        return self._resource((), tree, self.taken, "")

    def _resource(self, path: tuple[str, ...], tree: dict[tuple[str, ...], list[_OpDraft]], class_names: set[str], module: str) -> Resource:
        ops = tuple(self._operation(d) for d in sorted(tree.get(path, []), key=lambda d: (d.name, d.path)))
        child_keys = sorted(k for k in tree if len(k) == len(path) + 1 and k[: len(path)] == path)
        children = []
        used = {op.name for op in ops}
        for key in child_keys:
            attr = key[-1]
            if attr in RESOURCE_RESERVED or attr in used:
                attr = attr + "_"
            mod = module or _module_name(attr)
            children.append(self._resource(key, tree, class_names, mod))
        attr = path[-1] if path else ""
        if attr in RESOURCE_RESERVED:
            attr += "_"
        base = pascal("_".join(path)) if path else "Client"
        if path and (base in MODULE_RESERVED or base in ANNOTATION_NAMES):
            base += "Resource"
        cls = unique(base, class_names, [pascal("_".join(path) + "_resource")])
        return Resource(attr=attr, class_name=cls, path=path, operations=ops, children=tuple(children), module=module)

    # -- one operation ------------------------------------------------------------------------
    def _operation(self, d: _OpDraft) -> Operation:
        op = d.op
        hint = operation_name(op, d.method, d.path)
        notes: list[str] = []
        taken = set(METHOD_RESERVED)
        params: list[Param] = []
        param_fields: list[Field] = []
        merged: dict[tuple[str, str], Any] = {}
        for p in list(d.shared_params) + list(op.get("parameters") or []):
            p = self.deref(p)
            if isinstance(p, dict) and isinstance(p.get("name"), str) and p.get("in") in ("path", "query", "header", "cookie"):
                merged[(p["name"], p["in"])] = p
            elif isinstance(p, dict):
                notes.append(f"parameter {p.get('name')!r} in {p.get('in')!r} is not supported; pass it with extra_query / extra_headers")
        url_path, _, fixed = d.path.partition("?")
        fixed_query = tuple((k, v) for k, v in parse_qsl(fixed, keep_blank_values=True))
        for name in re.findall(r"\{([^{}/]+)\}", url_path):
            if (name, "path") not in merged:  # undeclared (validate warns): a required string
                merged[(name, "path")] = {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for (json_name, location), p in merged.items():
            if location == "header" and json_name.lower() in ("authorization", "content-type", "accept"):
                continue
            name = unique(field_name(json_name), taken, [field_name(f"{json_name}_{location}")])
            schema = p.get("schema")
            if schema is None and isinstance(p.get("content"), dict):
                media = next(iter(p["content"].values()), {})
                schema = media.get("schema") if isinstance(media, dict) else None
            t = self.type_of(schema if isinstance(schema, dict) else {}, hint + pascal(json_name))
            required = bool(p.get("required")) or location == "path"
            params.append(Param(name, SpecText(json_name), location, annotation(t, True), required, spec_text(p.get("description"))))
            param_fields.append(
                Field(field_name(json_name), SpecText(json_name), t, annotation(t if required else Nullable(t)), required, None if required else "None")
            )
        # named after the call (client.files.list → FilesListParams): unique by construction
        params_model = self._params_model(pascal("_".join(d.resource + (d.name,))), param_fields)
        body = self._body(op, hint, taken, notes)
        kind, rtype, cast_to, stream = self._responses(op, hint, body, notes)
        accept = self._accept(op) if kind in ("binary", "text") else None
        errors = self._error_types(op, hint)
        imports = set()
        signature_texts = [rtype] + [p.annotation for p in params]
        if body is not None:
            signature_texts += [f.annotation for f in body.fields] if body.fields else [body.annotation]
        if stream is not None and (stream.param or stream.always):  # Stream[...] in the signature
            signature_texts.append(stream.event_annotation)
        for text in signature_texts:
            imports.update(_names_in(text, self.drafts))
        if isinstance(op.get("callbacks"), dict) and op["callbacks"]:
            notes.append("callbacks are not generated (the API calls you back; no client method)")
        for note in notes:
            self.warnings.append((f"operation {d.method.upper()} {d.path} ({d.name}): {note}", join_pointer("/paths", d.path, d.method)))
        return Operation(
            name=d.name,
            operation_id=spec_text(op.get("operationId")),
            http_method=d.method.upper(),
            path=SpecText(d.path),
            summary=spec_text(op.get("summary")),
            description=spec_text(op.get("description")),
            deprecated=bool(op.get("deprecated")),
            params=tuple(params),
            body=body,
            response_kind=kind,
            response_annotation=rtype,
            cast_to=cast_to,
            error_types=tuple(errors),
            stream=stream,
            model_imports=tuple(sorted(imports)),
            notes=tuple(notes),
            params_model=params_model,
            accept=SpecText(accept) if accept else None,
            url_path=SpecText(url_path),
            fixed_query=tuple((SpecText(k), SpecText(v)) for k, v in fixed_query),
        )

    def _accept(self, op: dict[str, Any]) -> str | None:
        """The media types of a non-JSON success response, for the Accept header (a server that
        negotiates answers ``application/json`` with 406)."""
        responses = op.get("responses") if isinstance(op.get("responses"), dict) else {}
        types: list[str] = []
        for code, resp in responses.items():
            resp = self.deref(resp)
            if str(code).startswith("2") and isinstance(resp, dict) and isinstance(resp.get("content"), dict):
                types.extend(str(ct) for ct in resp["content"] if str(ct) not in types)
        return ", ".join(types) or None

    def _params_model(self, hint: str, fields: list[Field]) -> str | None:
        """A model that checks an operation's path, query and header arguments."""
        if not fields or len({f.json_name for f in fields}) != len(fields):
            return None  # the same name in two locations cannot share one model
        taken: set[str] = {"model_config"}
        unique_fields = []
        for f in fields:
            name = unique(f.name + ("_" if f.name in ANNOTATION_NAMES else ""), taken, [f.name + "_"])
            unique_fields.append(Field(name, f.json_name, f.type, f.annotation, f.required, f.default))
        name = self._claim(hint + "Params", [hint + "Parameters"])
        model = Model(name, name, None, fields=tuple(unique_fields))
        self.drafts[name] = _ModelDraft(name, name, {}, model)
        return name

    def _body(self, op: dict[str, Any], hint: str, taken: set[str], notes: list[str]) -> Body | None:
        rb = self.deref(op.get("requestBody"))
        if not isinstance(rb, dict) or not isinstance(rb.get("content"), dict) or not rb["content"]:
            return None
        content = rb["content"]
        required = bool(rb.get("required"))
        chosen = None
        for kind, test in (
            ("json", lambda ct: bool(_JSON.match(ct)) and ct != "*/*"),
            ("multipart", lambda ct: ct.startswith("multipart/")),
            ("form", lambda ct: ct == "application/x-www-form-urlencoded"),
            ("json", lambda ct: ct == "*/*"),
            ("text", lambda ct: ct.startswith("text/")),
            ("binary", lambda ct: True),
        ):
            for ct in content:
                if test(str(ct).lower()):
                    chosen = (kind, str(ct))
                    break
            if chosen:
                break
        assert chosen is not None
        kind, ct = chosen
        media = content[ct] if isinstance(content[ct], dict) else {}
        schema = media.get("schema") if isinstance(media.get("schema"), dict) else {}
        target = self.deref(schema)
        if (
            isinstance(target, dict)
            and not required
            and target.get("type") == "object"
            and not target.get("properties")
            and target.get("additionalProperties") is False
        ):
            return None  # an optional body that can hold nothing (Stripe's GETs): no keyword
        if kind in ("binary", "text"):
            ann = "bytes | IO[bytes]" if kind == "binary" else "str"
            return Body(kind, SpecText(ct), required, None, (), ann)
        multipart = kind == "multipart"
        t = self.type_of(schema, hint + "Request", multipart=multipart)
        if isinstance(t, ModelRef) and self._is_class(t.name):
            model = t.name
            fields: list[Field] = []
            props = self._all_properties(self.drafts[model].schema)
            req = self._all_required(self.drafts[model].schema)
            file_fields = []
            for json_name, ps in props.items():
                name = unique(field_name(json_name), taken, [field_name(json_name + "_body")])
                ft = self.type_of(ps, model + pascal(json_name), multipart=multipart)
                if multipart and _is_binary(self.deref(ps)):
                    file_fields.append(SpecText(json_name))
                    ft = Prim("FileTypes") if not isinstance(ft, ListOf) else ListOf(Prim("FileTypes"))
                r = json_name in req
                default = None if r else "NOT_GIVEN"
                ann = annotation(ft, True)
                if not r:
                    ann = f"{ann} | NotGiven"
                fields.append(Field(name, SpecText(json_name), ft, ann, r, default, spec_text((ps or {}).get("description") if isinstance(ps, dict) else None)))
            # required keywords first keeps signatures readable; order is otherwise the spec's
            fields.sort(key=lambda f: not f.required)
            return Body(kind, SpecText(ct), required, model, tuple(fields), annotation(t, True), tuple(file_fields))
        if multipart or kind == "form":
            notes.append(f"{kind} body without object properties is sent as given")
            return Body(kind, SpecText(ct), required, None, (), annotation(t, True))
        checked = self.named(t, hint + "Body")
        return Body(kind, SpecText(ct), required, None if checked == "None" else checked, (), annotation(t, True))

    def _responses(self, op: dict[str, Any], hint: str, body: Body | None, notes: list[str]) -> tuple[str, str, str, StreamInfo | None]:
        responses = op.get("responses") if isinstance(op.get("responses"), dict) else {}
        codes = sorted((str(c) for c in responses if str(c).startswith("2")), key=lambda c: c.replace("X", "0"))
        if not codes and "default" in responses:
            codes = ["default"]
        x_stream = bool(op.get("x-stream"))
        if not codes:
            return "empty", "None", "None", None
        resp = self.deref(responses[codes[0]])
        content = resp.get("content") if isinstance(resp, dict) and isinstance(resp.get("content"), dict) else {}
        if isinstance(resp, dict) and resp.get("x-stream"):
            x_stream = True
        sse_schema: Any = None
        has_sse = False
        json_schema: Any = None
        has_json = False
        other_kind = None
        for ct, media in content.items():
            media = media if isinstance(media, dict) else {}
            low = str(ct).lower()
            if media.get("x-stream") or (isinstance(media.get("schema"), dict) and media["schema"].get("x-stream")):
                x_stream = True
            if low.startswith("text/event-stream"):
                has_sse = True
                sse_schema = media.get("schema")
            elif _JSON.match(low) and not has_json:
                has_json = True
                json_schema = media.get("schema")
            elif other_kind is None:
                sch = self.deref(media.get("schema"))
                if low.startswith("text/") and not (isinstance(sch, dict) and sch.get("format") == "binary"):
                    other_kind = "text"
                else:
                    other_kind = "binary"
        kind = "json" if has_json else (other_kind or ("json" if has_sse else "empty"))
        if kind == "json" and not has_json and has_sse:
            kind = "empty"
        rtype, cast_to = "None", "None"
        if kind == "json":
            t = self.type_of(json_schema if isinstance(json_schema, dict) else {}, hint + "Response")
            rtype = annotation(t, True)
            cast_to = self.named(t, hint + "Response")
        elif kind == "binary":
            rtype = "bytes"
        elif kind == "text":
            rtype = "str"
        stream = None
        stream_param = None
        default = False
        if body is not None:
            for f in body.fields:
                if f.json_name == "stream" and isinstance(f.type, (Prim, Nullable, LiteralOf)) and "bool" in f.annotation:
                    stream_param = f.name
                    ps = self._all_properties(self.drafts[body.model].schema).get("stream") if body.model else None
                    ps = self.deref(ps)
                    default = bool(isinstance(ps, dict) and ps.get("default") is True)
        if has_sse or x_stream:
            if has_sse:
                et = self.type_of(sse_schema, hint + "Event") if isinstance(sse_schema, dict) else ANY
                event = "str" if et == Prim("str") else "Any" if et == ANY else self.named(et, hint + "Event")
            else:
                event = rtype
                t = self.type_of(json_schema if isinstance(json_schema, dict) else {}, hint + "Response")
                if isinstance(t, UnionOf):
                    chunky = [v for v in t.variants if isinstance(v, ModelRef) and re.search(r"chunk|delta|event|stream", v.name, re.IGNORECASE)]
                    full = [v for v in t.variants if v not in chunky]
                    if len(chunky) == 1 and len(full) >= 1:
                        event = annotation(chunky[0])
                        rtype = annotation(UnionOf(tuple(full))) if len(full) > 1 else annotation(full[0])
            always = not has_json and stream_param is None
            if always:
                rtype = f"Stream[{event}]"
                kind = "json"
            stream = StreamInfo(event, stream_param, default or (stream_param is None), always)
            if not has_json and not always:
                # the JSON answer (stream=False) is undeclared: parse as the event type
                rtype = rtype if rtype != "None" else event
                cast_to = rtype
                kind = "json"
        return kind, rtype, cast_to, stream

    def _error_types(self, op: dict[str, Any], hint: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        responses = op.get("responses") if isinstance(op.get("responses"), dict) else {}
        for code, resp in responses.items():
            code_s = str(code)
            if code_s.startswith("2"):
                continue
            status = 0 if code_s == "default" else int(code_s) if code_s.isdigit() else None
            if status is None:
                continue
            resp = self.deref(resp)
            content = resp.get("content") if isinstance(resp, dict) and isinstance(resp.get("content"), dict) else {}
            for ct, media in content.items():
                if _JSON.match(str(ct).lower()) and isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    t = self.type_of(media["schema"], hint + ("Error" if status == 0 else f"Error{status}"))
                    if t != ANY:
                        out.append((status, self.named(t, hint + ("Error" if status == 0 else f"Error{status}"))))
                    break
        return sorted(out)


def _is_binary(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "string":
        return schema.get("format") == "binary" or bool(schema.get("contentMediaType"))
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _is_binary(schema["items"])
    return False


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_STRING_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')


def _names_in(text: str, drafts: dict[str, Any]) -> set[str]:
    """Model names an annotation uses (not words inside its string literals)."""
    return {n for n in _IDENT.findall(_STRING_LITERAL.sub("", text)) if n in drafts}


def _module_name(attr: str) -> str:
    return attr or "root"


def attr_name(text: str) -> str:
    """A resource attribute or method name: snake_case, never a keyword."""
    name = snake(text)
    return name + "_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


def _server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url") or "")
    variables = server.get("variables") if isinstance(server.get("variables"), dict) else {}
    for key, var in variables.items():
        if isinstance(var, dict) and "default" in var:
            url = url.replace("{" + str(key) + "}", str(var["default"]))
    if "{" in url:
        return ""
    return url.rstrip("/")


def build(data: dict[str, Any], package: str, spec_sha256: str = "") -> Api:
    return ApiBuilder(data=data, package=package, spec_sha256=spec_sha256).build()
