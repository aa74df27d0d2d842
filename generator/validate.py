"""Stage 2: validation.

Two sources of findings, each located by file, line and JSON pointer:

* openapi-spec-validator checks the document against the OpenAPI schema. Real specs break it in
  harmless ways (duplicate ``required`` entries, ``exclusiveMinimum: true`` in 3.1), so its
  findings are *warnings*.
* the generator's own checks: what makes a correct client impossible is an *error* (a response
  code that is no status, a path parameter that is optional or undeclared, a ``uuid`` default
  that is no UUID, an unsupported OpenAPI version); what merely looks wrong is a warning, and
  so is what the client can do without: a default, example or enum member of the wrong type
  (the generated code drops it, and the message says so).

``$ref`` problems (missing targets, loops, refs that leave the allowed folders) belong to the
resolve stage.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

from generator.errors import Finding, SpecError, join_pointer
from generator.load import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_STATUS = re.compile(r"^([1-5][0-9][0-9]|[1-5]XX|default)$")
_PATH_PARAM = re.compile(r"\{([^{}/]+)\}")


def openapi_version(doc: Document) -> str:
    """The ``openapi`` version of the document; raises for anything we cannot generate."""
    data = doc.data
    if "swagger" in data:
        raise SpecError(
            [
                doc.finding(
                    "error",
                    f"this is a Swagger {data.get('swagger')} document; convert it to OpenAPI 3 first (for example with swagger2openapi)",
                    "/swagger",
                )
            ]
        )
    version = data.get("openapi")
    if version is None:
        raise SpecError(
            [
                doc.finding(
                    "error",
                    "no 'openapi' version field; this does not look like an OpenAPI 3 document",
                    "",
                )
            ]
        )
    text = str(version)
    if not re.match(r"^3\.[0-2](\.\d+)?(-.+)?$", text):
        raise SpecError(
            [
                doc.finding(
                    "error",
                    f"unsupported OpenAPI version {text!r}; supported: 3.0, 3.1, 3.2",
                    "/openapi",
                )
            ]
        )
    return text


def validate(doc: Document, *, schema_check: bool = True) -> list[Finding]:
    """All findings for a document (errors and warnings), sorted by position."""
    raw: list[tuple[str, str, str]] = list(_own_checks(doc.data)) if openapi_version(doc) else []
    if schema_check:
        raw.extend(schema_findings(doc))
    return locate(doc, raw) + doc.warnings


def schema_findings(doc: Document) -> list[tuple[str, str, str]]:
    """openapi-spec-validator's findings, cached by the spec's content."""
    from generator import cache

    cached = cache.load_schema_findings(doc.sha256)
    if cached is not None:
        return cached
    found = list(_spec_validator(doc.data, openapi_version(doc)))
    cache.store_schema_findings(doc.sha256, found)
    return found


SCHEMA_CHECK_MAX_CHARS = 1_000_000
"""``generate`` runs the OpenAPI schema check on specs up to this size (characters of text)
only: openapi-spec-validator needs about 1.2 s per megabyte on top of generating, so on a
larger spec it is left to ``validate`` (whose result ``generate`` then reuses from the cache).
A fixed size, not a time limit: the same spec gives the same findings on every machine."""


class BackgroundSchemaCheck:
    """The schema check in a forked process, while the parent generates (2+ cores)."""

    def __init__(self, doc: Document) -> None:
        from generator import cache

        self.doc = doc
        self._result = cache.load_schema_findings(doc.sha256)
        self._proc: Any = None
        self.skipped = False
        if self._result is not None:
            return
        if len(doc.text) > SCHEMA_CHECK_MAX_CHARS:
            self.skipped = True
            return
        import multiprocessing

        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            return  # no fork here: run it inline at the end
        self._recv, send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_child_check, args=(doc, send), daemon=True)
        self._proc.start()
        send.close()

    def findings(self, wait: float | None = None) -> list[Finding]:
        """The check's findings. ``wait``: seconds to wait for the check at most; a check
        still running then is stopped and reported as not done (``validate`` runs it fully,
        and a finished check is cached, so this happens once per large spec at most)."""
        if self.skipped:
            size = len(self.doc.text) / 1_000_000
            return [
                Finding(
                    "note",
                    f"the OpenAPI schema check runs in `validate` for specs over "
                    f"{SCHEMA_CHECK_MAX_CHARS // 1_000_000} MB (this one: {size:.1f} MB); "
                    "`generate` reports its findings once `validate` has run",
                    self.doc.path,
                )
            ]
        if self._result is None and self._proc is not None:
            if wait is not None and not self._recv.poll(wait):
                self._proc.terminate()
                self._proc.join()
                self._proc = None
                return [
                    Finding(
                        "note",
                        "the OpenAPI schema check was still running when generation finished and "
                        "was stopped; run `validate` for its findings",
                        self.doc.path,
                    )
                ]
            try:
                self._result = self._recv.recv()
            except EOFError:
                self._result = None
            self._proc.join()
            if self._result is not None:
                from generator import cache

                cache.store_schema_findings(self.doc.sha256, self._result)
        if self._result is None:
            self._result = schema_findings(self.doc)
        return locate(self.doc, self._result)


def _child_check(doc: Document, send: Any) -> None:
    import gc

    gc.enable()  # forked while the parent builds with the collector off: not off here
    try:
        send.send(list(_spec_validator(doc.data, openapi_version(doc))))
    finally:
        send.close()


def locate(doc: Document, raw: list[tuple[str, str, str]]) -> list[Finding]:
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for item in raw:
        if item not in seen:
            seen.add(item)
            unique.append(item)
    lines = doc.locate_many([p for _, _, p in unique]) if unique else {}
    findings = [
        Finding(level, message, doc.path, pointer, *lines.get(pointer, (0, 0)))
        for level, message, pointer in unique
    ]
    findings.sort(key=lambda f: (f.line, f.column, f.level != "error", f.message))
    return findings


def _spec_validator(data: dict[str, Any], version: str) -> Iterator[tuple[str, str, str]]:
    from openapi_spec_validator import (
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
        OpenAPIV32SpecValidator,
    )

    cls: Any = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}.get(
        version[:3], OpenAPIV32SpecValidator
    )
    try:
        errors = list(cls(data).iter_errors())
    except RecursionError:
        yield ("warning", "the OpenAPI schema check gave up: the document nests too deeply", "")
        return
    except Exception as exc:  # noqa: BLE001 - the validator trips over odd documents; never fatal
        detail = str(exc).splitlines()[0] if str(exc) else ""
        if len(detail) > 200:
            detail = detail[:197] + "..."
        yield (
            "warning",
            f"the OpenAPI schema check could not finish: {type(exc).__name__}: {detail}",
            "",
        )
        return
    for err in errors:
        path = list(getattr(err, "absolute_path", []) or [])
        # schema-level errors come with a path relative to the schema; only trust paths that
        # start at the document root
        pointer = join_pointer("", *path) if path and path[0] in data else ""
        message = str(getattr(err, "message", err)).splitlines()[0]
        if len(message) > 300:
            message = message[:297] + "..."
        yield ("warning", f"OpenAPI schema: {message}", pointer)


def _own_checks(data: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    if not isinstance(data.get("info"), dict):
        yield ("warning", "no 'info' object; the package gets a default title and version", "")
    webhooks = data.get("webhooks")
    if isinstance(webhooks, dict) and webhooks:
        message = (
            f"{len(webhooks)} webhook(s) not generated: a client calls the API, webhooks call you "
            "(their schemas still become models)"
        )
        yield ("warning", message, "/webhooks")
    paths = data.get("paths")
    if paths is None:
        if not data.get("webhooks") and not data.get("components"):
            yield ("warning", "no 'paths': the client will have no methods", "")
        paths = {}
    if not isinstance(paths, dict):
        yield ("error", "'paths' must be a mapping of URL paths to path items", "/paths")
        return
    for path, item in paths.items():
        base = join_pointer("/paths", path)
        if not isinstance(item, dict):
            yield ("error", f"path item for {path!r} must be a mapping", base)
            continue
        if "$ref" in item:
            continue
        shared = item.get("parameters") or []
        template_params = _PATH_PARAM.findall(str(path))
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_ptr = join_pointer(base, method)
            if not isinstance(op, dict):
                yield ("error", f"{method.upper()} {path}: the operation must be a mapping", op_ptr)
                continue
            yield from _check_responses(op, op_ptr, method, path)
            declared: set[str] = set()
            for i, param in enumerate(op.get("parameters") or []):
                yield from _check_param(
                    data, param, join_pointer(op_ptr, "parameters", i), method, path, declared
                )
            for i, param in enumerate(shared):
                yield from _check_param(
                    data, param, join_pointer(base, "parameters", i), method, path, declared
                )
            for name in template_params:
                if name not in declared:
                    message = (
                        f"{method.upper()} {path}: path parameter {{{name}}} is not declared in "
                        f"'parameters'; the method takes it as a required string {name!r}"
                    )
                    yield ("warning", message, op_ptr)
    schemas = (
        (data.get("components") or {}).get("schemas")
        if isinstance(data.get("components"), dict)
        else None
    )
    if isinstance(schemas, dict):
        for name, schema in schemas.items():
            yield from _check_schema(schema, join_pointer("/components/schemas", name), 0)


def _deref(data: dict[str, Any], node: Any) -> Any:
    seen = 0
    while (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/")
    ):
        seen += 1
        if seen > 32:
            return None
        cur: Any = data
        for token in node["$ref"][2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            cur = cur.get(token) if isinstance(cur, dict) else None
        node = cur
    return node


def _check_responses(
    op: dict[str, Any], op_ptr: str, method: str, path: str
) -> Iterator[tuple[str, str, str]]:
    responses = op.get("responses")
    if responses is None:
        yield (
            "warning",
            f"{method.upper()} {path}: no 'responses'; the method returns None",
            op_ptr,
        )
        return
    if not isinstance(responses, dict):
        yield (
            "error",
            f"{method.upper()} {path}: 'responses' must be a mapping",
            join_pointer(op_ptr, "responses"),
        )
        return
    for code in responses:
        if not _STATUS.match(str(code)):
            yield (
                "error",
                (
                    f"{method.upper()} {path}: response key {str(code)!r} is not an HTTP status code "
                    "(use a code such as '200', a range such as '2XX', or 'default')"
                ),
                join_pointer(op_ptr, "responses", code),
            )


def _check_param(
    data: dict[str, Any],
    param: Any,
    ptr: str,
    method: str,
    path: str,
    declared: set[str],
) -> Iterator[tuple[str, str, str]]:
    param = _deref(data, param)
    if not isinstance(param, dict):
        return
    name = param.get("name")
    where = param.get("in")
    if where == "path" and isinstance(name, str):
        declared.add(name)
        if param.get("required") is not True:
            # 3.0 documents (often converted from Swagger) leave it out in practice; the client
            # can still take the value as required. In 3.1, or said explicitly, it is an error.
            lenient = "required" not in param and str(data.get("openapi", "")).startswith("3.0")
            yield (
                "warning" if lenient else "error",
                (
                    f"{method.upper()} {path}: path parameter {name!r} must have 'required: true' "
                    "(a URL cannot leave a path segment out)"
                    + ("; taken as required" if lenient else "")
                ),
                ptr,
            )
    schema = _deref(data, param.get("schema"))
    if isinstance(schema, dict) and isinstance(param.get("schema"), dict):
        for level, message, at in _check_values({**schema, "default": None}, ptr + "/schema"):
            yield (level, f"{method.upper()} {path}: parameter {name!r}: {message}", at)
    if isinstance(schema, dict) and "default" in schema:
        problem = default_problem(schema, schema["default"])
        if problem:
            level, why = problem
            why += "; dropped (the client does not send defaults)" if level == "warning" else ""
            yield (
                level,
                f"{method.upper()} {path}: parameter {name!r}: {why}",
                join_pointer(ptr, "schema", "default"),
            )


_TYPE_CHECKS: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def value_fits_type(schema: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is of a type ``schema`` declares (True when it declares none it
    knows); ``None`` fits a nullable schema."""
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list) or not types:
        return True
    if value is None and (schema.get("nullable") or "null" in types):
        return True
    checks = [_TYPE_CHECKS[t] for t in types if isinstance(t, str) and t in _TYPE_CHECKS]
    return not checks or any(c(value) for c in checks)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def default_problem(schema: dict[str, Any], value: Any) -> tuple[str, str] | None:
    """(level, why) when ``value`` cannot be the default of ``schema`` as written (type and
    well-known formats only). A default of the wrong type, or not among the enum values, is a
    warning: the client does without it (it is dropped). A number where a string is declared
    (or a numeric string where a number is) is checked as converted. A ``uuid`` default that
    is no UUID stays an error."""
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list) or not types:
        return None
    if value is None and (schema.get("nullable") or "null" in types):
        return None
    level = "error"
    note = ""
    original = value
    checks = [_TYPE_CHECKS[t] for t in types if t in _TYPE_CHECKS]
    if checks and not any(c(value) for c in checks):
        if "string" in types and isinstance(value, (int, float)) and not isinstance(value, bool):
            value, level, note = (
                str(value),
                "warning",
                f"default {value!r} is not a string (as one: {str(value)!r})",
            )
        elif (
            ("integer" in types or "number" in types)
            and isinstance(value, str)
            and _number(value, types) is not None
        ):
            number = _number(value, types)
            value, level, note = (
                number,
                "warning",
                f"default {value!r} is not a number (as one: {number!r})",
            )
        else:
            kinds = " or ".join(map(str, types))
            return ("warning", f"default {_short(value)} is not of type {kinds}")
    if isinstance(value, str) and schema.get("format") == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            return ("error", f"default {value!r} is not a UUID")
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and value not in enum and value is not None:
        return ("warning", f"default {_short(original)} is not one of the enum values")
    return (level, note) if note else None


def _number(text: str, types: list[str]) -> int | float | None:
    try:
        return int(text) if "integer" in types else float(text)
    except ValueError:
        return None


def _check_schema(schema: Any, ptr: str, depth: int) -> Iterator[tuple[str, str, str]]:
    if not isinstance(schema, dict) or depth > 64:
        return
    required = schema.get("required")
    if isinstance(required, list):
        dupes = sorted({r for r in required if isinstance(r, str) and required.count(r) > 1})
        if dupes:
            yield (
                "warning",
                f"'required' lists {', '.join(map(repr, dupes))} more than once",
                join_pointer(ptr, "required"),
            )
    yield from _check_values(schema, ptr)
    props = schema.get("properties")
    if isinstance(props, dict):
        for key, sub in props.items():
            yield from _check_schema(sub, join_pointer(ptr, "properties", key), depth + 1)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield from _check_schema(schema[key], join_pointer(ptr, key), depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        subs = schema.get(key)
        if isinstance(subs, list):
            for i, sub in enumerate(subs):
                yield from _check_schema(sub, join_pointer(ptr, key, i), depth + 1)


def _check_values(schema: dict[str, Any], ptr: str) -> Iterator[tuple[str, str, str]]:
    """A model's default or enum member of the wrong type: a warning, and the generated code
    does without it (the build keeps only defaults and enum members that fit)."""
    enum = schema.get("enum")
    if isinstance(enum, list):
        kinds = schema.get("type")
        for i, member in enumerate(enum):
            if not value_fits_type(schema, member) and member is not None:
                names = " or ".join(map(str, kinds if isinstance(kinds, list) else [kinds]))
                message = f"enum member {_short(member)} is not of type {names}; dropped"
                yield ("warning", message, join_pointer(ptr, "enum", i))
    if "default" in schema and schema["default"] is not None:
        problem = default_problem(schema, schema["default"])
        if problem:
            yield ("warning", problem[1] + "; dropped", join_pointer(ptr, "default"))
