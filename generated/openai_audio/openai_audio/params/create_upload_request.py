"""Request shapes: CreateUploadRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict
from typing_extensions import TypedDict

__all__ = [
    "CreateUploadRequestParam",
]


CreateUploadRequestParam = TypedDict(
    "CreateUploadRequestParam",
    {
        "filename": Required[str],
        "purpose": Required[Literal["assistants", "batch", "fine-tune", "vision"]],
        "mime_type": Required[str],
        "bytes": Required[int],
    },
    total=False,
)
CreateUploadRequestParam.__pydantic_config__ = ConfigDict(extra="allow")  # type: ignore[attr-defined]
