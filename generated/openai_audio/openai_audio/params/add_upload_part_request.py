"""Request shapes: AddUploadPartRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import FileInput

__all__ = [
    "AddUploadPartRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class AddUploadPartRequestParam(TypedDict, total=False):
    data: Required[FileInput]
    """The chunk of bytes for this Part"""
