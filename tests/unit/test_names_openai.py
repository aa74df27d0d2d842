"""Class names on the official OpenAI spec: no disambiguating numbers (a peer generator
produces about 1,500)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.naming import pascal
from generator.pipeline import api_only

SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "openai" / "openapi.yaml"


def test_no_numbered_class_names_on_the_openai_spec():
    if not SPEC.exists():
        pytest.skip("shared corpus not present")
    doc, api = api_only(SPEC, "openai")
    keys = (doc.data.get("components") or {}).get("schemas") or {}
    natural = {pascal(k) for k in keys}  # keys that end in a digit themselves (Gpt4 ...)
    numbered = [m.name for m in api.models if re.search(r"\d$", m.name) and m.name not in natural]
    assert len(api.models) > 1500
    assert numbered == []
    assert all(name.isidentifier() for name in (m.name for m in api.models))
    # the OpenAI API's multipart convention is on by default for its spec (x-oaiMeta)
    multipart = [op.body for _, op in api.all_operations() if op.body and op.body.kind == "multipart"]
    assert multipart and all(b.default_encoding and b.default_encoding.style == "deepObject" for b in multipart)
