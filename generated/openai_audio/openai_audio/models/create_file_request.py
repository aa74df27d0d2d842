"""CreateFileRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, FileInput, LenientLiteral

__all__ = [
    "CreateFileRequest",
]


class CreateFileRequest(BaseModel):
    file: FileInput
    """The File object (not file name) to be uploaded"""
    purpose: Annotated[
        Literal["assistants", "batch", "fine-tune", "vision"], LenientLiteral
    ]
    """The intended purpose of the uploaded file."""
