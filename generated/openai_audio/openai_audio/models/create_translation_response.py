"""CreateTranslationResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .create_translation_response_json import CreateTranslationResponseJson
from .create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)

__all__ = [
    "CreateTranslationResponse",
]


CreateTranslationResponse: TypeAlias = (
    CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
)
