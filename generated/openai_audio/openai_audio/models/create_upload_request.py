"""CreateUploadRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "CreateUploadRequest",
]


class CreateUploadRequest(BaseModel):
    filename: str
    """The name of the file to upload"""
    purpose: Annotated[
        Literal["assistants", "batch", "fine-tune", "vision"], LenientLiteral
    ]
    """The intended purpose of the uploaded file."""
    mime_type: str
    """The MIME type of the file."""
    bytes_: int = Field(alias="bytes")
    """The number of bytes in the file you are uploading"""
