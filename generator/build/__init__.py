"""Stage 5: the normalized document → the IR (:mod:`generator.ir`).

Every shape decision lives in this package, one module per concern: :mod:`.types` (schemas →
types and models), :mod:`.resources` (paths → the resource tree), :mod:`.operations`
(parameters, bodies, keywords), :mod:`.responses` (what a call returns, streams and errors).
Names come from :mod:`generator.naming`.
"""

from __future__ import annotations

from typing import Any

from generator import __version__
from generator.build.operations import build_operation
from generator.build.resources import op_drafts, resource_tree
from generator.build.types import TypeBuilder, spec_text, with_requests, without_union_cycles
from generator.config import ARRAY_FORMATS, BODY_STYLES, EXTENSION_PREFIX, NO_OPTIONS, Options
from generator.ir import Api, Auth, Resource, SpecText, Type
from generator.naming import snake

__all__ = ["build"]


def build(data: dict[str, Any], package: str, spec_sha256: str = "", options: Options = NO_OPTIONS) -> Api:
    """``options``: the project's settings for this spec; where unset, the spec's own
    ``x-pyclient-*`` root extensions, then the defaults."""
    tb = TypeBuilder(data=data)
    tb.register_components()
    resolved = options.over(data)
    _check_extensions(data, tb.warnings)
    paths = data.get("paths") if isinstance(data.get("paths"), dict) else {}
    root = resource_tree(op_drafts(paths or {}), lambda d: build_operation(tb, d, resolved), tb.taken)
    models = with_requests(without_union_cycles(tb.build_models()), _request_types(root), tb.taken)
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    env_prefix = snake(package).upper()
    servers = data.get("servers") or []
    base_url = _server_url(servers[0]) if isinstance(servers, list) and servers and isinstance(servers[0], dict) else ""
    auth = _auth(tb, env_prefix)
    return Api(
        package=package,
        dist_name=package.replace("_", "-"),
        title=spec_text((info or {}).get("title")) or SpecText(package),
        version=spec_text((info or {}).get("version")) or SpecText("0.0.0"),
        description=spec_text((info or {}).get("description")),
        env_prefix=env_prefix,
        base_url=SpecText(base_url),
        auth=auth,
        models=tuple(models),
        root=root,
        spec_sha256=spec_sha256,
        generator_version=__version__,
        warnings=tuple(tb.warnings),
    )


def _check_extensions(data: dict[str, Any], warnings: list[tuple[str, str]]) -> None:
    for key, allowed in (("body-style", BODY_STYLES), ("array-format", ARRAY_FORMATS)):
        name = EXTENSION_PREFIX + key
        if name in data and data[name] not in allowed:
            warnings.append((f"{name}: {data[name]!r} is not one of {', '.join(allowed)}; ignored", f"/{name}"))


def _request_types(root: Resource) -> list[Type]:
    """The types callers pass: every parameter, body keyword and ``body=`` value."""
    out: list[Type] = []
    stack = [root]
    while stack:
        res = stack.pop()
        stack.extend(res.children)
        for op in res.operations:
            out.extend(p.type for p in op.params)
            if op.body is not None:
                out.extend(f.type for f in op.body.fields)
                out.append(op.body.type)
    return out


def _server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url") or "")
    variables = server.get("variables") if isinstance(server.get("variables"), dict) else {}
    for key, var in (variables or {}).items():
        if isinstance(var, dict) and "default" in var:
            url = url.replace("{" + str(key) + "}", str(var["default"]))
    return "" if "{" in url else url.rstrip("/")


def _auth(tb: TypeBuilder, env_prefix: str) -> Auth:
    comps = tb.data.get("components") or {}
    schemes = comps.get("securitySchemes") if isinstance(comps, dict) else None
    env = f"{env_prefix}_API_KEY"
    if not isinstance(schemes, dict) or not schemes:
        return Auth("none", "", env)
    order: list[str] = []
    for req in tb.data.get("security") or []:
        if isinstance(req, dict):
            order.extend(k for k in req if k not in order)
    order.extend(k for k in schemes if k not in order)
    for key in order:
        s = tb.deref(schemes.get(key))
        if not isinstance(s, dict):
            continue
        kind = str(s.get("type", "")).lower()
        scheme = str(s.get("scheme", "")).lower()
        if kind == "http" and scheme in ("bearer", "basic"):
            return Auth(scheme, "Authorization", env)
        if kind == "apikey" and s.get("in") in ("header", "query") and isinstance(s.get("name"), str):
            return Auth("header" if s["in"] == "header" else "query", SpecText(s["name"]), env)
        if kind in ("oauth2", "openidconnect"):
            return Auth("bearer", "Authorization", env)
    kinds = sorted({str(d.get("type")) for v in schemes.values() if isinstance(d := tb.deref(v), dict)})
    tb.warnings.append(
        (
            f"security scheme(s) {', '.join(kinds)} not supported by the client; pass credentials with default_headers",
            "/components/securitySchemes",
        )
    )
    return Auth("none", "", env)
