"""Stage 4: normalization. Each rule is a named module, a pure function on one schema:

* ``nullable``      every way of writing "nullable" → ``nullable: true``
* ``placeholders``  ``ANY_ADDITIONAL_PROPERTY`` → ``additionalProperties``
* ``unions``        oneOf/anyOf → one canonical ``anyOf``; unwrap, flatten, dedupe
* ``allof``         ``allOf`` → inheritance (one ref + inline parts) or one merged object
* ``discriminators`` declared or inferred tags → ``x-discriminator``
* ``inline_names``  inline objects → ``x-py-name`` hints

The first three run in one bottom-up pass; the last three need other schemas (through
``$ref``) already normalized, so they run in a second pass.
"""

from __future__ import annotations

from typing import Any

from generator.normalize.allof import normalize_allof
from generator.normalize.discriminators import normalize_discriminator
from generator.normalize.inline_names import assign_inline_names
from generator.normalize.nullable import normalize_nullable
from generator.normalize.placeholders import normalize_placeholders
from generator.normalize.unions import normalize_unions
from generator.normalize.walk import top_level_slots, transform
from generator.resolve import lookup as _lookup

__all__ = ["normalize", "normalize_schema"]


def normalize_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The local rules, in order, on one schema node (children already done)."""
    if "const" in schema and "enum" not in schema:
        schema["enum"] = [schema["const"]]
    schema = normalize_nullable(schema)
    schema = normalize_placeholders(schema)
    schema = normalize_unions(schema)
    return schema


def normalize(data: dict[str, Any]) -> dict[str, Any]:
    """Normalize every schema of a resolved document, in place; returns the document."""
    slots = list(top_level_slots(data))
    for container, key, _ in slots:
        container[key] = transform(container[key], normalize_schema)

    def lookup(ref: str) -> Any:
        try:
            return _lookup(data, ref[1:]) if ref.startswith("#") else None
        except KeyError:
            return None

    # each pass over the whole document, so that refs see their targets' final form
    for container, key, _ in slots:
        container[key] = transform(container[key], lambda s: normalize_allof(s, lookup))
    for container, key, _ in slots:
        container[key] = transform(container[key], lambda s: normalize_discriminator(s, lookup))
    assign_inline_names(data)
    return data
