"""Upload.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral
from .open_ai_file import OpenAIFile

__all__ = [
    "Upload",
]


class Upload(BaseModel):
    """The Upload object can accept byte chunks in the form of Parts"""

    filename: str
    """The name of the file to be uploaded"""
    expires_at: int
    """The Unix timestamp (in seconds) for when the Upload was created"""
    file: OpenAIFile | None = None
    """The File object represents a document that has been uploaded to OpenAI"""
    purpose: str
    """The intended purpose of the file."""
    bytes_: int = Field(alias="bytes")
    """The intended number of bytes to be uploaded"""
    created_at: int
    """The Unix timestamp (in seconds) for when the Upload was created"""
    id: str
    """The Upload unique identifier, which can be referenced in API endpoints"""
    status: Annotated[
        Literal["pending", "completed", "cancelled", "expired"], LenientLiteral
    ]
    """The status of the Upload"""
    object: Annotated[Literal["upload"], LenientLiteral] | None = None
    """The object type, which is always "upload" """
