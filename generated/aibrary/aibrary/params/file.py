"""Request shapes: FileParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.file_file import FileFile
from .file_file import FileFileParam

__all__ = [
    "FileParam",
]


@with_config(ConfigDict(extra="allow"))
class FileParam(TypedDict, total=False):
    """Learn about file inputs for text generation."""

    file: Required[FileFile | FileFileParam]
    type: Required[Literal["file"]]
