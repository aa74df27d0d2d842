"""AssistantsApiResponseFormatOption.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .assistants_api_response_format import AssistantsApiResponseFormat
from .assistants_api_response_format_option_one_of_1 import (
    AssistantsApiResponseFormatOptionOneOf1,
)

__all__ = [
    "AssistantsApiResponseFormatOption",
]


# Specifies the format that the model must output.
AssistantsApiResponseFormatOption: TypeAlias = (
    AssistantsApiResponseFormatOptionOneOf1 | AssistantsApiResponseFormat
)
