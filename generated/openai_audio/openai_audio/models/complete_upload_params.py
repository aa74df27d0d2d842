"""CompleteUploadParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CompleteUploadParams",
]


class CompleteUploadParams(BaseModel):
    """The CompleteUploadParams schema."""

    upload_id: str
