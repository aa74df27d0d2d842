"""MessageContentTextAnnotationsFilePathObjectFilePath.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "MessageContentTextAnnotationsFilePathObjectFilePath",
]


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str
    """The ID of the file that was generated"""
