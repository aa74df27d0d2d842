"""AddUploadPartParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AddUploadPartParams",
]


class AddUploadPartParams(BaseModel):
    """The AddUploadPartParams schema."""

    upload_id: str
