"""AddUploadPartRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel, FileInput

__all__ = [
    "AddUploadPartRequest",
]


class AddUploadPartRequest(BaseModel):
    data: FileInput
    """The chunk of bytes for this Part"""
