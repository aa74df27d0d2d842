"""Request shapes: CreateFileRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import FileInput

__all__ = [
    "CreateFileRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateFileRequestParam(TypedDict, total=False):
    file: Required[FileInput]
    """The File object (not file name) to be uploaded"""
    purpose: Required[Literal["assistants", "batch", "fine-tune", "vision"]]
    """The intended purpose of the uploaded file."""
