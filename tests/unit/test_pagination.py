"""Which list operations page, and how (generator/build/pagination.py): the declarations
(``x-pagination``, ``[tool.generator.options.<stem>.pagination]``) and the detection, measured on
the corpus's OpenAI, Stripe and GitHub specs against hand labels
(tests/fixtures/pagination_labels/*.json: operationId → strategy, every operation that pages)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator.build import build
from generator.config import ConfigError, Options, PaginationSpec, load_config, parse_pagination
from generator.ir import Api, ModelRef, Operation
from generator.normalize import normalize
from generator.pipeline import api_only

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "fixtures" / "pagination_labels"
CORPUS = Path(os.environ.get("CORPUS_DIR", "/work/shared/corpus"))
# the floors the detection must keep (measured: see the report printed by the test)
FLOORS = {"openai": (0.98, 0.98), "stripe": (0.98, 0.98), "github": (0.97, 0.96)}


def _op(api: Api, op_id: str) -> Operation:
    return next(op for _, op in api.all_operations() if op.operation_id == op_id)


def _spec(ops: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"get": op} for path, op in ops.items()},
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}},
                }
            }
        },
    }


def _list_op(op_id: str, params: list[str], props: dict[str, Any], **extra: Any) -> dict[str, Any]:
    body = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
            **props,
        },
    }
    return {
        "operationId": op_id,
        "parameters": [{"name": p, "in": "query", "schema": {"type": "string"}} for p in params],
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": body}}}
        },
        **extra,
    }


def test_detects_a_cursor_list_and_types_its_items() -> None:
    api = build(
        normalize(
            _spec({"/things": _list_op("listThings", ["after"], {"has_more": {"type": "boolean"}})})
        ),
        "pkg",
    )
    p = _op(api, "listThings").pagination
    assert p is not None
    assert (p.kind, p.param, p.items, p.next, p.has_more) == (
        "cursor",
        "after",
        ("data",),
        (),
        ("has_more",),
    )
    assert p.item == ModelRef("Thing")
    assert p.describe() == "cursor: after <- last.id; items data"


def test_x_pagination_declares_false_turns_off_and_bad_values_warn() -> None:
    ops = {
        "/a": _list_op(
            "a",
            ["from"],
            {"more": {"type": "string"}},
            **{"x-pagination": {"type": "cursor", "param": "from", "next": "more"}},
        ),
        "/b": _list_op(
            "b", ["after"], {"has_more": {"type": "boolean"}}, **{"x-pagination": False}
        ),
        "/c": _list_op(
            "c",
            ["after"],
            {"has_more": {"type": "boolean"}},
            **{"x-pagination": {"type": "sideways"}},
        ),
    }
    api = build(normalize(_spec(ops)), "pkg")
    a = _op(api, "a").pagination
    assert a is not None and (a.kind, a.param, a.next, a.source) == (
        "cursor",
        "from",
        ("more",),
        "x-pagination",
    )
    assert _op(api, "b").pagination is None
    assert _op(api, "c").pagination is None
    assert any("x-pagination: type must be one of" in message for message, _ in api.warnings)


def test_project_config_overrides_the_spec() -> None:
    ops = {
        "/b": _list_op(
            "b", ["after"], {"has_more": {"type": "boolean"}}, **{"x-pagination": False}
        ),
        "/d": _list_op("d", ["after"], {"has_more": {"type": "boolean"}}),
    }
    options = Options(pagination=(("b", PaginationSpec("cursor", param="after")), ("d", None)))
    api = build(normalize(_spec(ops)), "pkg", options=options)
    b = _op(api, "b").pagination
    assert b is not None and (b.kind, b.param, b.source) == ("cursor", "after", "config")
    assert _op(api, "d").pagination is None
    assert options.key() != Options().key()  # a change of declarations regenerates


def test_config_pagination_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.generator.options.api.pagination]\n"
        'listLogs = {type = "cursor", param = "from_token", items = "entries", next = "continuation"}\n'
        "listTags = false\n"
    )
    options = load_config(tmp_path).options_for(Path("specs/api.yaml"))
    assert options.pagination_for("listTags") == (True, None)
    assert options.pagination_for("listLogs") == (
        True,
        PaginationSpec("cursor", param="from_token", items="entries", next="continuation"),
    )
    assert options.pagination_for("other") == (False, None)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator.options.api.pagination]\nx = {type = "cursor", nope = 1}\n'
    )
    with pytest.raises(ConfigError, match=r"pagination\.x: unknown key 'nope'"):
        load_config(tmp_path)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (True, "must be false or a table"),  # TypeError
        ({"param": "after"}, "type must be one of"),
        ({"type": "page", "start": "0"}, "start must be an integer"),
        ({"type": "cursor", "next": 3}, "next must be a string"),
    ],
)
def test_parse_pagination_refuses(value: object, error: str) -> None:
    with pytest.raises((TypeError, ValueError), match=error):
        parse_pagination(value)


def _measure(name: str) -> tuple[float, float, list[str]]:
    labels_file = json.loads((LABELS / f"{name}.json").read_text())
    spec = CORPUS / labels_file["spec"]
    if not spec.is_file():
        pytest.skip(f"corpus spec {spec} is absent")
    _, api = api_only(spec, name)
    detected = {
        str(op.operation_id): op.pagination.kind
        for _, op in api.all_operations()
        if op.pagination is not None
    }
    labels: dict[str, str] = labels_file["labels"]
    right = {op_id for op_id, kind in detected.items() if labels.get(op_id) == kind}
    precision = len(right) / len(detected) if detected else 0.0
    recall = len(right) / len(labels) if labels else 0.0
    wrong = sorted(
        f"{k}: detected {detected.get(k)}, labelled {labels.get(k)}"
        for k in set(detected) ^ right | set(labels) - right
    )
    return precision, recall, wrong


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_detection_precision_and_recall(name: str) -> None:
    precision, recall, wrong = _measure(name)
    print(f"\n{name}: precision {precision:.3f}, recall {recall:.3f}; misses: {wrong}")
    floor_p, floor_r = FLOORS[name]
    assert precision >= floor_p, wrong
    assert recall >= floor_r, wrong
