"""DownloadFileParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "DownloadFileParams",
]


class DownloadFileParams(BaseModel):
    """The DownloadFileParams schema."""

    file_id: str
