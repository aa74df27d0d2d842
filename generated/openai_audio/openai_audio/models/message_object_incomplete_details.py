"""MessageObjectIncompleteDetails.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "MessageObjectIncompleteDetails",
]


class MessageObjectIncompleteDetails(BaseModel):
    """On an incomplete message, details about why the message is incomplete"""

    reason: Annotated[
        Literal[
            "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
        ],
        LenientLiteral,
    ]
    """The reason the message is incomplete"""
