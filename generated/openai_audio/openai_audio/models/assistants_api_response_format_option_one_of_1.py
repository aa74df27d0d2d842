"""AssistantsApiResponseFormatOptionOneOf1.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._runtime import LenientLiteral

__all__ = [
    "AssistantsApiResponseFormatOptionOneOf1",
]


# auto is the default value
AssistantsApiResponseFormatOptionOneOf1: TypeAlias = Annotated[
    Literal["auto"], LenientLiteral
]
