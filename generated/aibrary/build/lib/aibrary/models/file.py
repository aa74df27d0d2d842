"""File.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .file_file import FileFile

__all__ = [
    "File",
]


class File(BaseModel):
    """Learn about file inputs for text generation."""

    file: FileFile
    type: Literal["file"]
