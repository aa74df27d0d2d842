"""FileFile.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FileFile",
]


class FileFile(BaseModel):
    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None
