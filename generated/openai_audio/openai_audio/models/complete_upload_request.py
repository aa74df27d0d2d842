"""CompleteUploadRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from pydantic import Field

from .._runtime import BaseModel

__all__ = [
    "CompleteUploadRequest",
]


class CompleteUploadRequest(BaseModel):
    part_ids: list[str]
    """The ordered list of Part IDs"""
    md_5: str | None = Field(default=None, alias="md5")
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect"""
