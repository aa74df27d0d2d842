"""Batch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral
from .batch_errors import BatchErrors
from .batch_request_counts import BatchRequestCounts

__all__ = [
    "Batch",
]


class Batch(BaseModel):
    cancelled_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch was cancelled"""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    request_counts: BatchRequestCounts | None = None
    """The request counts for different statuses within the batch"""
    input_file_id: str
    """The ID of the input file for the batch"""
    output_file_id: str | None = None
    """The ID of the file containing the outputs of successfully executed requests"""
    error_file_id: str | None = None
    """The ID of the file containing the outputs of requests with errors"""
    created_at: int
    """The Unix timestamp (in seconds) for when the batch was created"""
    in_progress_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started processing"""
    expired_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch expired"""
    finalizing_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started finalizing"""
    completed_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch was completed"""
    endpoint: str
    """The OpenAI API endpoint used by the batch"""
    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch will expire"""
    cancelling_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started cancelling"""
    completion_window: str
    """The time frame within which the batch should be processed"""
    id: str
    failed_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch failed"""
    errors: BatchErrors | None = None
    object: Annotated[Literal["batch"], LenientLiteral]
    """The object type, which is always `batch`"""
    status: Annotated[
        Literal[
            "validating",
            "failed",
            "in_progress",
            "finalizing",
            "completed",
            "expired",
            "cancelling",
            "cancelled",
        ],
        LenientLiteral,
    ]
    """The current status of the batch"""
