"""UploadPart.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "UploadPart",
]


class UploadPart(BaseModel):
    """The upload Part represents a chunk of bytes we can add to an Upload object"""

    upload_id: str
    """The ID of the Upload object that this Part was added to"""
    created_at: int
    """The Unix timestamp (in seconds) for when the Part was created"""
    id: str
    """The upload Part unique identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["upload.part"], LenientLiteral]
    """The object type, which is always `upload.part`"""
