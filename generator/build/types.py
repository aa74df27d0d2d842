"""Schemas → IR types and models: which schemas become classes or aliases, which variant tags
make a union discriminated, what each property's type, default and flags are."""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field, replace
from typing import Any

from generator.ir import (
    ANY,
    Default,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Nullable,
    Prim,
    SpecText,
    TupleOf,
    Type,
    UnionOf,
    model_names,
)
from generator.naming import (
    ANNOTATION_NAMES,
    METHOD_RESERVED,
    MODULE_RESERVED,
    field_name,
    pascal,
    request_name,
    unique,
)
from generator.normalize.inline_names import needs_class
from generator.resolve import lookup
from generator.validate import value_fits_type

SCHEMA_PREFIX = "#/components/schemas/"
_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID"}


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a mapping, else an empty one (specs put anything anywhere)."""
    return value if isinstance(value, dict) else {}


def spec_text(value: Any) -> SpecText | None:
    if value is None:
        return None
    text = str(value).strip()
    return SpecText(text) if text else None


def class_schema(schema: Any) -> bool:
    """A schema that becomes a model class (an object with named properties, or a subclass)."""
    return needs_class(schema) or (isinstance(schema, dict) and "x-py-base" in schema)


@dataclass
class Draft:
    name: str
    schema_name: str
    schema: dict[str, Any]
    model: Model | None = None


@dataclass
class TypeBuilder:
    """Owns the models' name space and turns schemas into types, registering a model for every
    component and every inline object it meets."""

    data: dict[str, Any]
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (message, JSON pointer)
    taken: set[str] = field(default_factory=set)
    drafts: dict[str, Draft] = field(default_factory=dict)  # by class name
    by_ref: dict[str, str] = field(default_factory=dict)  # "#/components/schemas/X" → class
    by_id: dict[int, str] = field(default_factory=dict)  # id(inline schema) → class
    tags: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=dict)  # class → prop → tags
    _converting: set[int] = field(default_factory=set)

    # -- names ---------------------------------------------------------------------------
    def claim(self, base: str, hints: list[str] | None = None) -> str:
        if base in MODULE_RESERVED or base in ANNOTATION_NAMES or keyword.iskeyword(base):
            base = base + "Model"
        return unique(base, self.taken, hints)

    def register_components(self) -> None:
        schemas = (self.data.get("components") or {}).get("schemas") or {}
        # exact PascalCase keys first, so that ``Foo`` keeps its name over ``foo``
        for key in sorted(schemas, key=lambda k: (pascal(k) != k, k)):
            schema = schemas[key]
            ref = SCHEMA_PREFIX + key.replace("~", "~0").replace("/", "~1")
            name = self.claim(pascal(key), [pascal(key + "_schema"), pascal(key + "_model")])
            self.by_ref[ref] = name
            self.drafts[name] = Draft(name, key, schema if isinstance(schema, dict) else {})
            if isinstance(schema, dict):
                self.by_id[id(schema)] = name

    def _inline_model(self, schema: dict[str, Any], fallback: str) -> str:
        key = id(schema)
        if key in self.by_id:
            return self.by_id[key]
        hint = str(schema.get("x-py-name") or fallback)
        name = self.claim(pascal(hint), [pascal(hint + "_object")])
        self.by_id[key] = name
        self.drafts[name] = Draft(name, hint, schema)
        return name

    def named(self, t: Type, name: str) -> str | None:
        """A single name for ``t`` in the models package (a model, or a new public alias);
        ``None`` for ``Any`` (nothing to parse as)."""
        if isinstance(t, ModelRef):
            return t.name
        if t == ANY:
            return None
        alias = self.claim(name, [name + "Type"])
        self.drafts[alias] = Draft(alias, name, {}, Model(alias, name, None, alias=t))
        return alias

    # -- schemas → types -------------------------------------------------------------------
    def deref(self, schema: Any, depth: int = 0) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 32:
            try:
                schema = lookup(self.data, schema["$ref"][1:])
            except KeyError:
                return {}
            depth += 1
        return schema

    def type_of(self, schema: Any, hint: str) -> Type:
        if not isinstance(schema, dict) or not schema:
            return ANY
        t = self._type_of(schema, hint)
        if schema.get("nullable") and not (isinstance(t, Prim) and t.name in ("Any", "None")):
            return Nullable(t)
        return t

    def _type_of(self, schema: dict[str, Any], hint: str) -> Type:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in self.by_ref:
                return ModelRef(self.by_ref[ref])
            target = self.deref(schema)
            if not isinstance(target, dict) or id(target) in self._converting:
                return ANY
            self._converting.add(id(target))
            try:
                return self.type_of(target, hint)
            finally:
                self._converting.discard(id(target))
        variants = schema.get("anyOf")
        if isinstance(variants, list) and variants:
            return self._union(schema, variants, hint)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            # members of another type than the schema declares are dropped (validate warns)
            values = distinct(v for v in enum if v is not None and value_fits_type(schema, v))
            if values and all(isinstance(v, (str, bool, int)) for v in values):
                kinds = {type(v) for v in values}
                if len(kinds) == 1 or kinds <= {int, bool}:
                    return LiteralOf(values)
        stype = schema.get("type")
        if stype == "string":
            fmt = schema.get("format")
            if fmt == "binary" or schema.get("contentMediaType") == "application/octet-stream":
                return Prim("FileInput")
            return Prim(_FORMATS.get(str(fmt), "str"))
        simple = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
        if isinstance(stype, str) and stype in simple:
            return Prim(simple[stype])
        if stype == "array" or "items" in schema or "prefixItems" in schema:
            prefix = schema.get("prefixItems")
            if isinstance(prefix, list) and prefix and schema.get("items") is False:
                return TupleOf(tuple(self.type_of(p, f"{hint}Item{i + 1}") for i, p in enumerate(prefix)))
            items = schema.get("items")
            if isinstance(items, list):
                items = items[0] if items else {}
            return ListOf(self.type_of(items if isinstance(items, dict) else {}, f"{hint}Item"))
        if class_schema(schema):
            return ModelRef(self._inline_model(schema, hint))
        if stype == "object" or "additionalProperties" in schema or "properties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return MapOf(self.type_of(extra, f"{hint}Value"))
            return Prim("object")
        return ANY

    def _union(self, schema: dict[str, Any], variants: list[Any], hint: str) -> Type:
        types: list[Type] = []
        for i, v in enumerate(variants):
            t = self.type_of(v, f"{hint}Variant{i + 1}")
            if t not in types:
                types.append(t)
        if ANY in types:
            return ANY
        literals = [t for t in types if isinstance(t, LiteralOf)]
        if len(literals) > 1:  # Literal["a"] | Literal["b"] → Literal["a", "b"]
            merged = LiteralOf(distinct(v for t in literals for v in t.values), all(t.lenient for t in literals))
            first = types.index(literals[0])
            types = [t for t in types if not isinstance(t, LiteralOf)]
            types.insert(first, merged)
        if len(types) == 1:
            return types[0]
        return UnionOf(tuple(types), self._discriminator(schema, types))

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
            if not isinstance(t, ModelRef) or not self.is_class(t.name):
                return None
            names.append(t.name)
        for name in names:
            draft = self.drafts[name]
            if prop not in self.all_properties(draft.schema) or prop not in self.all_required(draft.schema):
                # pydantic needs the tag on every variant; an optional tag is matched by
                # structure instead (the Literal still rejects the wrong variants)
                return None
        attr = field_name(prop)
        for name in names:
            others = [p for p in self.all_properties(self.drafts[name].schema) if p != prop]
            if any(field_name(p) == attr for p in others):
                return None  # two properties share the attribute name: no safe discriminator
        for name, values in zip(names, tags):
            existing = self.tags.setdefault(name, {}).get(prop, ())
            self.tags[name][prop] = tuple(dict.fromkeys(existing + tuple(values)))
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

    def is_class(self, name: str) -> bool:
        draft = self.drafts.get(name)
        return draft is not None and class_schema(draft.schema)

    def all_required(self, schema: dict[str, Any], depth: int = 0) -> set[str]:
        required = {r for r in schema.get("required") or [] if isinstance(r, str)}
        base = schema.get("x-py-base")
        if base and depth < 16:
            target = self.deref({"$ref": base})
            if isinstance(target, dict):
                required |= self.all_required(target, depth + 1)
        return required

    def all_properties(self, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        props = dict(schema.get("properties") or {})
        base = schema.get("x-py-base")
        if base and depth < 16:
            target = self.deref({"$ref": base})
            if isinstance(target, dict):
                for k, v in self.all_properties(target, depth + 1).items():
                    props.setdefault(k, v)
        return props

    # -- models ----------------------------------------------------------------------------
    def build_models(self) -> list[Model]:
        done: set[str] = set()
        while True:  # drafts grow while converting (inline models); loop until stable
            pending = [n for n in self.drafts if n not in done]
            if not pending:
                break
            for name in pending:
                done.add(name)
                if self.drafts[name].model is None:
                    self.drafts[name].model = self._build_model(self.drafts[name])
        # tags discovered late (a union converted after its variants) need the variants again
        for name, draft in self.drafts.items():
            if name in self.tags and draft.model is not None and draft.model.is_class and draft.schema:
                draft.model = self._build_model(draft)
        return [d.model for d in sorted(self.drafts.values(), key=lambda d: d.name) if d.model is not None]

    def _build_model(self, draft: Draft) -> Model:
        schema = draft.schema
        title = schema.get("title")
        if isinstance(title, str) and pascal(title) in (pascal(draft.schema_name), draft.name):
            title = None  # a title that only repeats the name says nothing
        description = spec_text(schema.get("description") or title)
        if not class_schema(schema):
            if self._ref_loop(schema):
                return Model(draft.name, draft.schema_name, description, alias=ANY)
            t = self._type_of({k: v for k, v in schema.items() if k != "nullable"}, draft.name) if schema else ANY
            if isinstance(t, ModelRef) and t.name == draft.name:
                t = Prim("object")
            if schema.get("nullable"):
                t = Nullable(t)
            return Model(draft.name, draft.schema_name, description, alias=t)
        base = None
        if isinstance(schema.get("x-py-base"), str):
            base = self.by_ref.get(schema["x-py-base"])
            if base is not None and not self.is_class(base):
                base = None
        # allOf semantics: required anywhere in the chain stays required when redefined here
        required = self.all_required(schema)
        props = dict(schema.get("properties") or {})
        tag_overrides = self.tags.get(draft.name, {})
        for prop in tag_overrides:
            if prop not in props:
                inherited = self.all_properties(schema).get(prop)
                if inherited is not None:
                    props[prop] = inherited
                    if base and prop in (self.drafts[base].schema.get("required") or []):
                        required.add(prop)
        taken = set(METHOD_RESERVED) | {"model_config"}
        fields = [
            self.field(draft.name, json_name, prop_schema, json_name in required, tag_overrides, taken)
            for json_name, prop_schema in props.items()
        ]
        if base is not None and not self._overrides_fit(fields, base):
            # a redefined property that does not fit its base's type (allOf with a different
            # enum): a subclass would be a type error, so the class stands alone, flat
            base = None
            taken = set(METHOD_RESERVED) | {"model_config"}
            fields = [
                self.field(draft.name, json_name, prop_schema, json_name in required, tag_overrides, taken)
                for json_name, prop_schema in self.all_properties(schema).items()
            ]
        extra = schema.get("additionalProperties")
        extra_type = None
        if isinstance(extra, dict) and extra:
            extra_type = self.type_of(extra, draft.name + "Value")
            if extra_type == ANY:
                extra_type = None
        return Model(
            draft.name,
            draft.schema_name,
            description,
            fields=tuple(fields),
            base=base,
            extra="forbid" if extra is False else "allow",
            extra_type=extra_type,
        )

    def _overrides_fit(self, fields: list[Field], base: str) -> bool:
        """Whether every field redefined from the base chain has a type the base's allows."""
        base_schema = self.drafts[base].schema
        inherited = self.all_properties(base_schema)
        required = self.all_required(base_schema)
        for f in fields:
            if f.json_name not in inherited:
                continue
            parent = self.field(base, f.json_name, inherited[f.json_name], f.json_name in required, self.tags.get(base, {}), set())
            if not fits(_as_read(f), _as_read(parent)):
                return False
        return True

    def field(
        self,
        owner: str,
        json_name: str,
        prop_schema: Any,
        required: bool,
        tag_overrides: dict[str, tuple[Any, ...]],
        taken: set[str],
    ) -> Field:
        name = unique(field_name(json_name), taken, [field_name(json_name) + "_"])
        t: Type
        if json_name in tag_overrides:
            t = LiteralOf(tag_overrides[json_name], lenient=False)
        else:
            t = self.type_of(prop_schema, owner + pascal(json_name))
        target = self.deref(prop_schema)
        flags = target if isinstance(target, dict) else {}
        own = prop_schema if isinstance(prop_schema, dict) else {}
        default = None
        value = own.get("default", flags.get("default"))
        if not required and value is not None and default_fits(t, value):
            default = Default(value)
        return Field(
            name=name,
            json_name=SpecText(json_name),
            type=t,
            required=required,
            default=default,
            description=spec_text(own.get("description") or flags.get("description")),
            deprecated=bool(own.get("deprecated") or flags.get("deprecated")),
            read_only=bool(own.get("readOnly") or flags.get("readOnly")),
            write_only=bool(own.get("writeOnly") or flags.get("writeOnly")),
        )


def _as_read(f: Field) -> Type:
    """A field's type as a response model holds it (optional ones may be None)."""
    return f.type if f.model_required or f.type == ANY else Nullable(f.type)


def fits(a: Type, b: Type) -> bool:
    """Whether a value of type ``a`` is always a ``b`` (conservative: ``False`` when unsure),
    as a type checker judges a subclass attribute against its base's."""
    if a == b or b == ANY:
        return True
    if isinstance(b, Nullable):
        return a == Prim("None") or fits(a.inner if isinstance(a, Nullable) else a, b.inner)
    if isinstance(a, Nullable):
        return False
    if isinstance(a, UnionOf):
        return all(fits(v, b) for v in a.variants)
    if isinstance(b, UnionOf):
        return any(fits(a, v) for v in b.variants)
    if isinstance(a, LiteralOf):
        if isinstance(b, LiteralOf):
            return set(map(repr, a.values)) <= set(map(repr, b.values))
        kinds = {bool: ("bool", "int", "float"), int: ("int", "float"), str: ("str",)}
        return isinstance(b, Prim) and all(b.name in kinds.get(type(v), ()) for v in a.values)
    return False


def distinct(values: Any) -> tuple[Any, ...]:
    """Values without repeats (``True`` and ``1`` are different enum values)."""
    seen: dict[tuple[str, str], Any] = {}
    for v in values:
        seen.setdefault((type(v).__name__, repr(v)), v)  # repr: enum values may be objects
    return tuple(seen.values())


def default_fits(t: Type, value: Any) -> bool:
    inner = t.inner if isinstance(t, Nullable) else t
    if isinstance(inner, Prim):
        checks: dict[str, Any] = {"str": str, "int": int, "float": (int, float), "bool": bool}
        expected = checks.get(inner.name)
        if expected is None or (inner.name in ("int", "float") and isinstance(value, bool)):
            return False
        return isinstance(value, expected)
    if isinstance(inner, LiteralOf):
        return value in inner.values
    if isinstance(inner, ListOf):
        return isinstance(value, list) and not value
    return False


def with_requests(models: list[Model], roots: list[Type], taken: set[str]) -> list[Model]:
    """Give a request shape to every model a request reaches (through the types in ``roots``,
    request fields, bases and alias values), claiming its name in ``taken``."""
    by_name = {m.name: m for m in models}
    reached: set[str] = set()
    stack = [n for t in roots for n in _refs(t)]
    while stack:
        name = stack.pop()
        if name in reached or name not in by_name:
            continue
        reached.add(name)
        m = by_name[name]
        if m.alias is not None:
            stack.extend(_refs(m.alias))
        for f in m.request_fields:
            stack.extend(_refs(f.type))
        if m.base:
            stack.append(m.base)
    out = []
    for m in models:
        if m.name in reached:
            name = unique(request_name(m.name), taken, [m.name + "Input", m.name + "RequestShape"])
            m = replace(m, request_name=name)
        out.append(m)
    return out


def _refs(t: Type) -> list[str]:
    return list(model_names(t))


def without_union_cycles(models: list[Model]) -> list[Model]:
    """Aliases that are unions of themselves (``A = A | B``, or ``A = int | B`` with
    ``B = str | A``) mean only their other members; type checkers refuse the cycle ("a union
    item of itself"), so the members are spelled out and the self-references dropped."""
    aliases = {m.name: m.alias for m in models if m.alias is not None}

    def members(t: Type) -> list[Type]:
        if isinstance(t, UnionOf):
            return [m for v in t.variants for m in members(v)]
        if isinstance(t, Nullable):
            return members(t.inner) + [Prim("None")]
        return [t]

    def reaches(start: str, target: str) -> bool:
        stack, seen = [start], set()
        while stack:
            name = stack.pop()
            if name == target:
                return True
            if name in seen or name not in aliases:
                continue
            seen.add(name)
            stack.extend(m.name for m in members(aliases[name]) if isinstance(m, ModelRef))
        return False

    def expand(owner: str, t: Type, inside: frozenset[str]) -> list[Type]:
        out: list[Type] = []
        for m in members(t):
            if isinstance(m, ModelRef) and m.name in aliases:
                if m.name == owner or m.name in inside:
                    continue
                if reaches(m.name, owner):
                    out.extend(expand(owner, aliases[m.name], inside | {m.name}))
                    continue
            out.append(m)
        return list(dict.fromkeys(out))

    out = []
    for m in models:
        first = [v.name for v in members(m.alias) if isinstance(v, ModelRef)] if m.alias else []
        if isinstance(m.alias, (UnionOf, Nullable)) and any(reaches(n, m.name) for n in first):
            kept = expand(m.name, m.alias, frozenset())
            nullable = Prim("None") in kept
            kept = [k for k in kept if k != Prim("None")]
            value: Type = ANY if not kept else kept[0] if len(kept) == 1 else UnionOf(tuple(kept))
            m = replace(m, alias=Nullable(value) if nullable and value != ANY else value)
        out.append(m)
    return out
