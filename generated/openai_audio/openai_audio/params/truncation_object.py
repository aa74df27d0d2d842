"""Request shapes: TruncationObjectParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "TruncationObjectParam",
]


@with_config(ConfigDict(extra="allow"))
class TruncationObjectParam(TypedDict, total=False):
    """Controls for how a thread will be truncated prior to the run."""

    last_messages: NotRequired[int | None]
    """The number of most recent messages from the thread when constructing the context for the run"""
    type: Required[Literal["auto", "last_messages"]]
    """The truncation strategy to use for the thread."""
