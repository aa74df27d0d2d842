"""The spec's ``servers``: choosing one by index or description, filling its variables."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ServerSpec", "ServerVariable", "server_url"]

_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class ServerVariable:
    """A Server Variable Object: its ``default`` and, when the spec lists them, the values
    allowed (``enum``)."""

    default: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ServerSpec:
    """A Server Object: a URL template (``https://{region}.example.com/v1``), its
    description and its variables."""

    url: str
    description: str = ""
    variables: Mapping[str, ServerVariable] = field(default_factory=dict)


def _choose(servers: tuple[ServerSpec, ...], server: int | str) -> ServerSpec:
    if isinstance(server, bool) or not isinstance(server, (int, str)):
        raise TypeError(f"server must be an index or a description, got {server!r}")
    if isinstance(server, int):
        if 0 <= server < len(servers):
            return servers[server]
        raise ValueError(
            f"server={server} is out of range: the spec lists {len(servers)} server(s)"
        )
    wanted = server.strip().casefold()
    for spec in servers:
        if spec.description.strip().casefold() == wanted or spec.url == server:
            return spec
    # a word of the description is enough when it names one server only
    matches = [s for s in servers if wanted in s.description.casefold().split()]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(f"{i}: {s.description or s.url!r}" for i, s in enumerate(servers))
    raise ValueError(f"no server matches {server!r}; the spec lists {known or 'none'}")


def server_url(
    servers: tuple[ServerSpec, ...],
    server: int | str | None = None,
    variables: Mapping[str, str] | None = None,
) -> str:
    """The URL of the chosen server (the first by default) with its variables filled: the
    caller's values, checked against each variable's ``enum``, else the defaults.

    Raises ``ValueError`` for an unknown server, an unknown variable or a value the spec does
    not allow, naming what it allows.
    """
    if not servers:
        if server is not None or variables:
            raise ValueError("the spec lists no servers: pass base_url instead")
        return ""
    chosen = servers[0] if server is None else _choose(servers, server)
    given = dict(variables or {})
    unknown = sorted(set(given) - set(chosen.variables))
    if unknown:
        names = ", ".join(sorted(chosen.variables)) or "none"
        raise ValueError(
            f"unknown server variable(s) {', '.join(unknown)} for {chosen.url!r}"
            f" (it has: {names})"
        )
    values: dict[str, str] = {}
    for name, var in chosen.variables.items():
        value = str(given.get(name, var.default))
        if var.enum and value not in var.enum:
            raise ValueError(
                f"server variable {name}={value!r} is not one of {', '.join(var.enum)}"
            )
        values[name] = value
    url = _VARIABLE.sub(lambda m: values.get(m.group(1), m.group(0)), chosen.url)
    if "{" in url:  # a variable the spec does not declare: no usable URL
        if server is not None:
            raise ValueError(f"server {chosen.url!r} has undeclared variables")
        return ""
    return url
