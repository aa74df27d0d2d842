"""HTTPValidationError.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .validation_error import ValidationError

__all__ = [
    "HTTPValidationError",
]


class HTTPValidationError(BaseModel):
    detail: list[ValidationError] | None = None
