"""Model.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "Model",
]


class Model(BaseModel):
    """Describes an OpenAI model offering that can be used with the API"""

    id: str
    """The model identifier, which can be referenced in the API endpoints."""
    created: int
    """The Unix timestamp (in seconds) when the model was created."""
    object: Annotated[Literal["model"], LenientLiteral]
    """The object type, which is always "model"."""
    owned_by: str
    """The organization that owns the model."""
