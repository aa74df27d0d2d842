"""FilesContentParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FilesContentParams",
]


class FilesContentParams(BaseModel):
    file_id: str
