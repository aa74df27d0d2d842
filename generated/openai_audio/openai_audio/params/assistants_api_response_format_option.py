"""Request shapes: AssistantsApiResponseFormatOptionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.assistants_api_response_format import AssistantsApiResponseFormat
from .assistants_api_response_format import AssistantsApiResponseFormatParam
from .assistants_api_response_format_option_one_of_1 import (
    AssistantsApiResponseFormatOptionOneOf1Param,
)

__all__ = [
    "AssistantsApiResponseFormatOptionParam",
]


AssistantsApiResponseFormatOptionParam: TypeAlias = (
    AssistantsApiResponseFormatOptionOneOf1Param
    | AssistantsApiResponseFormat
    | AssistantsApiResponseFormatParam
)
