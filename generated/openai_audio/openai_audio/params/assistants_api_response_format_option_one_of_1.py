"""Request shapes: AssistantsApiResponseFormatOptionOneOf1Param.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "AssistantsApiResponseFormatOptionOneOf1Param",
]


AssistantsApiResponseFormatOptionOneOf1Param: TypeAlias = Literal["auto"]
