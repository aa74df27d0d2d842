"""BatchesBody.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "BatchesBody",
]


class BatchesBody(BaseModel):
    endpoint: Annotated[
        Literal["/v1/chat/completions", "/v1/embeddings", "/v1/completions"],
        LenientLiteral,
    ]
    """The endpoint to be used for all requests in the batch."""
    metadata: dict[str, str] | None = None
    """Optional custom metadata for the batch"""
    input_file_id: str
    """The ID of an uploaded file that contains requests for the new batch."""
    completion_window: Annotated[Literal["24h"], LenientLiteral]
    """The time frame within which the batch should be processed."""
