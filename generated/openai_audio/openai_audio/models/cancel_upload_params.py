"""CancelUploadParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CancelUploadParams",
]


class CancelUploadParams(BaseModel):
    """The CancelUploadParams schema."""

    upload_id: str
