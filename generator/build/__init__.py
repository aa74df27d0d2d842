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
from generator.build.security import build_security
from generator.build.types import TypeBuilder, spec_text, with_requests, without_union_cycles
from generator.config import (
    ARRAY_FORMATS,
    BODY_STYLES,
    EXTENSION_PREFIX,
    NO_OPTIONS,
    Options,
    package_version,
)
from generator.ir import Api, Resource, Server, ServerVariable, SpecText, Type
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
    env_prefix = snake(package).upper()
    security = build_security(tb, env_prefix)
    root = resource_tree(
        op_drafts(paths or {}, tb.warnings), lambda d: security.operation(build_operation(tb, d, resolved), d), tb.taken
    )
    models = with_requests(without_union_cycles(tb.build_models()), _request_types(root), tb.taken)
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    servers = data.get("servers") or []
    base_url = _server_url(servers[0]) if isinstance(servers, list) and servers and isinstance(servers[0], dict) else ""
    return Api(
        package=package,
        dist_name=package.replace("_", "-"),
        title=spec_text((info or {}).get("title")) or SpecText(package),
        version=spec_text((info or {}).get("version")) or SpecText("0.0.0"),
        description=spec_text((info or {}).get("description")),
        env_prefix=env_prefix,
        base_url=SpecText(base_url),
        security_schemes=security.schemes,
        security=security.default,
        models=tuple(models),
        root=root,
        spec_sha256=spec_sha256,
        generator_version=__version__,
        warnings=tuple(tb.warnings),
        servers=_servers(servers),
        package_version=package_version(options.version, (info or {}).get("version")),
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


def _servers(servers: Any) -> tuple[Server, ...]:
    out: list[Server] = []
    for server in servers if isinstance(servers, list) else ():
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        variables = []
        raw = server.get("variables") if isinstance(server.get("variables"), dict) else {}
        for name, var in (raw or {}).items():
            if not isinstance(var, dict) or "default" not in var:
                continue
            listed = var.get("enum")
            enum = listed if isinstance(listed, list) else []
            variables.append(
                ServerVariable(
                    SpecText(str(name)),
                    SpecText(str(var["default"])),
                    tuple(SpecText(str(v)) for v in enum),
                )
            )
        url = SpecText(server["url"].rstrip("/") or server["url"])
        out.append(Server(url, spec_text(server.get("description")), tuple(variables)))
    return tuple(out)


def _server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url") or "")
    variables = server.get("variables") if isinstance(server.get("variables"), dict) else {}
    for key, var in (variables or {}).items():
        if isinstance(var, dict) and "default" in var:
            url = url.replace("{" + str(key) + "}", str(var["default"]))
    return "" if "{" in url else url.rstrip("/")
