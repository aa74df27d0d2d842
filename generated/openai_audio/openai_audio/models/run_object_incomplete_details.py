"""RunObjectIncompleteDetails.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "RunObjectIncompleteDetails",
]


class RunObjectIncompleteDetails(BaseModel):
    """Details on why the run is incomplete."""

    reason: (
        Annotated[Literal["max_completion_tokens", "max_prompt_tokens"], LenientLiteral]
        | None
    ) = None
    """The reason why the run is incomplete."""
