"""Request shapes: BatchesBodyParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "BatchesBodyParam",
]


@with_config(ConfigDict(extra="allow"))
class BatchesBodyParam(TypedDict, total=False):
    endpoint: Required[
        Literal["/v1/chat/completions", "/v1/embeddings", "/v1/completions"]
    ]
    """The endpoint to be used for all requests in the batch."""
    metadata: NotRequired[Mapping[str, str] | None]
    """Optional custom metadata for the batch"""
    input_file_id: Required[str]
    """The ID of an uploaded file that contains requests for the new batch."""
    completion_window: Required[Literal["24h"]]
    """The time frame within which the batch should be processed."""
