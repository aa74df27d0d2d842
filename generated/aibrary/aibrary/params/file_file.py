"""Request shapes: FileFileParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "FileFileParam",
]


@with_config(ConfigDict(extra="allow"))
class FileFileParam(TypedDict, total=False):
    file_data: NotRequired[str]
    file_id: NotRequired[str]
    filename: NotRequired[str]
