"""MessageContentTextAnnotationsFileCitationObjectFileCitation.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
]


class MessageContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str
    """The ID of the specific File the citation is from"""
