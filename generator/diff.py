"""How the generated API surface changes between two spec versions, from the point of view of
code that calls the client: each change is breaking or not, with the reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    kind: str  # e.g. "method-removed", "param-added", "type-narrowed"
    where: str  # client.files.list(purpose=) / models.Upload.status
    breaking: bool
    reason: str

    def format(self) -> str:
        mark = "BREAKING" if self.breaking else "ok      "
        return f"{mark}  {self.kind:<22} {self.where}: {self.reason}"


def _compare_types(old: dict[str, Any], new: dict[str, Any], key: str = "type") -> str:
    """ "same", "widened", "narrowed" or "changed", from the union members each side recorded
    (a surface written before members were recorded compares by its text alone)."""
    if old.get(key) == new.get(key):
        return "same"
    parts_key = "parts" if key in ("type", "alias") else f"{key}_parts"
    a = set(old.get(parts_key) or [old.get(key)])
    b = set(new.get(parts_key) or [new.get(key)])
    if a == b:
        return "same"
    if a < b or (a | {"None"}) == b:
        return "widened"
    if b < a:
        return "narrowed"
    return "changed"


def _usage(surface: dict[str, Any]) -> dict[str, set[str]]:
    """Which models each side reaches: "in" (arguments) and "out" (results)."""
    models = surface["models"]
    edges: dict[str, set[str]] = {}
    for name, model in models.items():
        refs = set(model.get("refs", []))
        for f in model.get("fields", {}).values():
            refs.update(f.get("refs", []))
        edges[name] = {n for n in refs if n in models}
        if model.get("base"):
            edges[name].add(model["base"])
    roots: dict[str, set[str]] = {"in": set(), "out": set()}
    for method in surface["methods"].values():
        for kw in method["keywords"].values():
            roots["in"].update(n for n in kw.get("refs", []) if n in models)
        out_refs = list(method.get("returns_refs", [])) + list(method.get("stream_refs", []))
        roots["out"].update(n for n in out_refs if n in models)
    usage: dict[str, set[str]] = {}
    for side, start in roots.items():
        stack = list(start)
        seen: set[str] = set()
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            usage.setdefault(n, set()).add(side)
            stack.extend(edges.get(n, ()))
    return usage


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    add = changes.append
    om, nm = old["methods"], new["methods"]
    for call in sorted(set(om) - set(nm)):
        add(Change("method-removed", call, True, f"{om[call]['http']} is gone; calls to it fail"))
    for call in sorted(set(nm) - set(om)):
        add(Change("method-added", call, False, f"new: {nm[call]['http']}"))
    for call in sorted(set(om) & set(nm)):
        _method(call, om[call], nm[call], add)
    usage_old, usage_new = _usage(old), _usage(new)
    oo, no = old["models"], new["models"]
    for name in sorted(set(oo) - set(no)):
        add(Change("model-removed", f"models.{name}", True, "code importing it breaks"))
    for name in sorted(set(no) - set(oo)):
        add(Change("model-added", f"models.{name}", False, "new model"))
    for name in sorted(set(oo) & set(no)):
        sides = usage_old.get(name, set()) | usage_new.get(name, set())
        _model(name, oo[name], no[name], sides, add)
    return changes


def _method(call: str, old: dict[str, Any], new: dict[str, Any], add: Any) -> None:
    ok, nk = old["keywords"], new["keywords"]
    removed = {k: ok[k] for k in ok if k not in nk}
    added = {k: nk[k] for k in nk if k not in ok}
    # a keyword that disappeared while one of the same place and type appeared: renamed
    for rk, rv in list(removed.items()):
        for ak, av in list(added.items()):
            if (rv["in"], rv["type"], rv["required"]) == (av["in"], av["type"], av["required"]):
                add(
                    Change(
                        "param-renamed",
                        f"{call}({rk}=)",
                        True,
                        f"now {ak}=; calls passing {rk}= fail",
                    )
                )
                del removed[rk], added[ak]
                break
    for k, v in sorted(removed.items()):
        add(Change("param-removed", f"{call}({k}=)", True, "calls passing it fail"))
    for k, v in sorted(added.items()):
        if v["required"]:
            add(
                Change(
                    "param-added",
                    f"{call}({k}=)",
                    True,
                    "new required argument; existing calls lack it",
                )
            )
        else:
            add(Change("param-added", f"{call}({k}=)", False, "new optional argument"))
    for k in sorted(set(ok) & set(nk)):
        a, b = ok[k], nk[k]
        if not a["required"] and b["required"]:
            add(
                Change(
                    "param-required", f"{call}({k}=)", True, "now required; calls without it fail"
                )
            )
        elif a["required"] and not b["required"]:
            add(Change("param-optional", f"{call}({k}=)", False, "now optional"))
        how = _compare_types(a, b)
        if how == "widened":
            add(
                Change(
                    "type-widened",
                    f"{call}({k}=)",
                    False,
                    f"{a['type']} → {b['type']}: accepts more",
                )
            )
        elif how in ("narrowed", "changed"):
            add(
                Change(
                    f"type-{how}",
                    f"{call}({k}=)",
                    True,
                    f"{a['type']} → {b['type']}: some values that worked are refused",
                )
            )
    if old["returns"] != new["returns"]:
        how = _compare_types(old, new, "returns")
        breaking = how != "narrowed"
        add(Change("returns-changed", call, breaking, f"{old['returns']} → {new['returns']}"))
    before, after = old.get("pages"), new.get("pages")
    if before != after:
        # a list that starts or stops paging changes what iterating it yields
        breaking = before is None or after is None
        add(Change("pagination-changed", call, breaking, f"pages {before} → {after}"))
    if (old.get("stream") or None) != (new.get("stream") or None):
        add(
            Change(
                "stream-changed",
                call,
                True,
                f"stream events {old.get('stream')} → {new.get('stream')}",
            )
        )


def _model(name: str, old: dict[str, Any], new: dict[str, Any], sides: set[str], add: Any) -> None:
    where = f"models.{name}"
    if "alias" in old or "alias" in new:
        if old.get("alias") != new.get("alias"):
            how = _compare_types(old, new, "alias")
            add(
                Change(
                    f"type-{how}",
                    where,
                    _breaks(how, sides),
                    f"{old.get('alias')} → {new.get('alias')}",
                )
            )
        return
    of, nf = old["fields"], new["fields"]
    for f in sorted(set(of) - set(nf)):
        add(Change("field-removed", f"{where}.{f}", True, "code reading or setting it breaks"))
    for f in sorted(set(nf) - set(of)):
        required_input = nf[f]["required"] and "in" in sides
        add(
            Change(
                "field-added",
                f"{where}.{f}",
                required_input,
                "required when building it" if required_input else "new field",
            )
        )
    for f in sorted(set(of) & set(nf)):
        a, b = of[f], nf[f]
        if set(a.get("literals", [])) != set(b.get("literals", [])):
            gone = sorted(map(str, set(a["literals"]) - set(b["literals"])))
            new_values = sorted(map(str, set(b["literals"]) - set(a["literals"])))
            if gone:
                add(
                    Change(
                        "enum-value-removed",
                        f"{where}.{f}",
                        "in" in sides,
                        f"{', '.join(gone)} no longer listed",
                    )
                )
            if new_values:
                add(
                    Change(
                        "enum-value-added",
                        f"{where}.{f}",
                        False,
                        f"{', '.join(new_values)} added (unknown values were already kept as text)",
                    )
                )
            continue
        how = _compare_types(a, b)
        if how != "same":
            add(
                Change(
                    f"type-{how}", f"{where}.{f}", _breaks(how, sides), f"{a['type']} → {b['type']}"
                )
            )
        if not a["required"] and b["required"] and "in" in sides:
            add(Change("field-required", f"{where}.{f}", True, "now required when building it"))


def _breaks(how: str, sides: set[str]) -> bool:
    """Narrowing breaks what callers send; widening breaks what callers read."""
    if how == "changed":
        return True
    if how == "narrowed":
        return "in" in sides or not sides
    if how == "widened":
        return "out" in sides
    return False


def as_json(changes: list[Change]) -> list[dict[str, Any]]:
    return [asdict(c) for c in changes]
