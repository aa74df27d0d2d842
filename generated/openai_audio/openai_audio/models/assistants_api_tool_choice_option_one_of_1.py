"""AssistantsApiToolChoiceOptionOneOf1.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._runtime import LenientLiteral

__all__ = [
    "AssistantsApiToolChoiceOptionOneOf1",
]


# none means the model will not call any tools and instead generates a message. auto means the model can pick between generating a message or calling one or more tools. required means the model must call one or more tools before responding to the user
AssistantsApiToolChoiceOptionOneOf1: TypeAlias = Annotated[
    Literal["none", "auto", "required"], LenientLiteral
]
