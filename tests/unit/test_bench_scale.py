"""The scaled specs of ``tests.bench.scale`` (growth measurements) are real specs k times as
large: every copy generates, with k times the methods and models."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generator.pipeline import api_only
from tests.bench.scale import exponent, scaled

SPEC = Path(__file__).resolve().parents[2] / "specs" / "openai_audio.yaml"


def test_a_scaled_spec_generates_k_times_the_client(tmp_path):
    original = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    counts = []
    for k in (1, 3):
        path = tmp_path / f"x{k}.json"
        path.write_text(json.dumps(scaled(original, k)), encoding="utf-8")
        _, api = api_only(path, "pkg")
        counts.append((len(api.all_operations()), len(api.models), len(api.root.children)))
    (ops1, models1, top1), (ops3, models3, top3) = counts
    assert ops1 > 10 and ops3 == 3 * ops1
    assert models3 == 3 * models1
    # each top-level resource copied beside it: modules as large as the original's, k times more
    assert top1 > 1 and top3 == 3 * top1


def test_exponent_is_the_log_log_slope():
    assert round(exponent([1, 2, 4], [3, 6, 12]), 6) == 1.0
    assert round(exponent([1, 2, 4], [1, 4, 16]), 6) == 2.0
