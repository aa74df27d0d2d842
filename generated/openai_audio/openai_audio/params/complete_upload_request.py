"""Request shapes: CompleteUploadRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr

__all__ = [
    "CompleteUploadRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CompleteUploadRequestParam(TypedDict, total=False):
    part_ids: Required[SequenceNotStr[str]]
    """The ordered list of Part IDs"""
    md5: NotRequired[str]
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect"""
