"""Security schemes and requirements → :class:`~generator.ir.SecurityScheme` and requirement
tuples: which credential keywords the client takes and what each operation sends.

OpenAPI's rules: a Security Requirement Object needs all of its schemes (AND), a list of them
needs any one (OR), an operation's own ``security`` replaces the root's, and ``security: []``
(or an empty ``{}`` alternative) needs nothing. A spec that declares schemes but no
requirement anywhere gets an optional default (each scheme alone, then nothing): the client
sends a configured credential, as clients of such specs always have, and fails no call.
Schemes the client cannot send (``mutualTLS``, HTTP schemes other than bearer and basic) drop
the alternatives that need them, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from generator.build.resources import OpDraft
from generator.build.types import TypeBuilder, spec_text
from generator.errors import join_pointer
from generator.ir import Operation, Requirement, SecurityScheme, SpecText
from generator.naming import field_name, snake, unique

__all__ = ["Security", "build_security"]

# the client's own keywords: a scheme named like one gets a suffix
_CLIENT_KEYWORDS = frozenset(
    [
        "self",
        "base_url",
        "server",
        "server_variables",
        "api_key",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
        "credentials",
    ]
)


@dataclass
class Security:
    schemes: tuple[SecurityScheme, ...]
    default: Requirement
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def requirement(self, raw: Any, pointer: str) -> Requirement:
        """A ``security`` value as requirement tuples (alternatives the client cannot send
        dropped; when that leaves none, credentials are optional: pass them by hand)."""
        known = {s.key for s in self.schemes}
        if not isinstance(raw, list):
            return ()
        out: list[tuple[str, ...]] = []
        dropped: list[str] = []
        for alternative in raw:
            if not isinstance(alternative, dict):
                continue
            keys = tuple(str(k) for k in alternative)
            missing = [k for k in keys if k not in known]
            if missing:
                dropped.extend(k for k in missing if k not in dropped)
                continue
            if keys not in out:
                out.append(keys)
        if dropped:
            names = ", ".join(map(repr, dropped))
            message = (
                f"security requirement names {names}, which the client cannot send "
                "(undeclared or unsupported scheme); pass it with default_headers"
            )
            self.warnings.append((message, pointer))
            if not out:
                return ((),)
        return tuple(out)

    def operation(self, op: Operation, d: OpDraft) -> Operation:
        """``op`` with its own requirements, when they differ from the default."""
        if "security" not in d.op:
            return op
        own = self.requirement(d.op["security"], join_pointer("/paths", d.path, d.method, "security"))
        return op if own == self.default else replace(op, security=own)


def build_security(tb: TypeBuilder, env_prefix: str) -> Security:
    comps = tb.data.get("components")
    declared = comps.get("securitySchemes") if isinstance(comps, dict) else None
    declared = declared if isinstance(declared, dict) else {}
    warnings = tb.warnings  # operations add theirs later
    drafts: list[tuple[str, str, str, dict[str, Any]]] = []  # key, kind, name, scheme
    for key, value in declared.items():
        s = tb.deref(value)
        if not isinstance(s, dict):
            continue
        draft = _kind(s)
        if draft is None:
            what = " ".join(str(s[k]) for k in ("type", "scheme") if s.get(k))
            message = (
                f"security scheme {str(key)!r} ({what}) is not supported by the client; "
                "pass its credentials with default_headers"
            )
            warnings.append((message, join_pointer("/components/securitySchemes", str(key))))
            continue
        drafts.append((str(key), draft[0], draft[1], s))
    # the first scheme is what ``api_key`` means: one named so, else the root's first
    order: list[str] = []
    for req in tb.data.get("security") or []:
        if isinstance(req, dict):
            order.extend(str(k) for k in req if str(k) not in order)
    rank = {k: i for i, k in enumerate(order)}
    drafts.sort(key=lambda d: (snake(d[0]) != "api_key", rank.get(d[0], len(rank))))
    single = len(drafts) == 1
    taken = set(_CLIENT_KEYWORDS)
    schemes: list[SecurityScheme] = []
    for i, (key, kind, name, s) in enumerate(drafts):
        if single or (i == 0 and snake(key) == "api_key"):
            param = "api_key"
        else:
            base = field_name(key)  # never a Python keyword
            param = unique(base, taken, [f"{base}_credential"])
        taken.add(param)
        flow = _client_credentials(s) if kind == "oauth2" else None
        token_url = spec_text(flow.get("tokenUrl")) if flow else None
        scopes = flow.get("scopes") if flow else None
        id_param = secret_param = None
        if token_url:
            stem = "" if param == "api_key" else param + "_"
            id_param = unique(f"{stem}client_id", taken)
            secret_param = unique(f"{stem}client_secret", taken)
        else:
            kind = "bearer" if kind == "oauth2" else kind
        schemes.append(
            SecurityScheme(
                key=SpecText(key),
                kind=kind,
                name=SpecText(name),
                param=param,
                env_var=_env(env_prefix, param),
                description=spec_text(s.get("description")),
                token_url=token_url,
                scopes=tuple(SpecText(str(k)) for k in scopes) if isinstance(scopes, dict) else (),
                client_id_param=id_param,
                client_secret_param=secret_param,
                client_id_env=_env(env_prefix, id_param) if id_param else None,
                client_secret_env=_env(env_prefix, secret_param) if secret_param else None,
            )
        )
    security = Security(tuple(schemes), (), warnings)
    if "security" in tb.data:
        security.default = security.requirement(tb.data["security"], "/security")
    elif schemes:  # declared, never required: sent when configured, never demanded
        security.default = (*((s.key,) for s in schemes), ())
    return security


def _kind(s: dict[str, Any]) -> tuple[str, str] | None:
    """(kind, where it is sent) of a Security Scheme Object, or None when unsupported."""
    kind = str(s.get("type", "")).lower()
    if kind == "http":
        scheme = str(s.get("scheme", "")).lower()
        return (scheme, "Authorization") if scheme in ("bearer", "basic") else None
    if kind == "apikey":
        where, name = s.get("in"), s.get("name")
        if where in ("header", "query", "cookie") and isinstance(name, str) and name:
            return ("header" if where == "header" else str(where), name)
        return None
    if kind == "oauth2":
        return ("oauth2", "Authorization")
    if kind == "openidconnect":
        return ("bearer", "Authorization")
    return None


def _client_credentials(s: dict[str, Any]) -> dict[str, Any] | None:
    flows = s.get("flows")
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str) and flow["tokenUrl"]:
        return flow
    return None


def _env(prefix: str, param: str) -> str:
    return f"{prefix}_{param.upper()}" if prefix else param.upper()
