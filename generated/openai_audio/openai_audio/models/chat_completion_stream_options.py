"""ChatCompletionStreamOptions.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionStreamOptions",
]


class ChatCompletionStreamOptions(BaseModel):
    """Options for streaming response."""

    include_usage: bool | None = None
    """If set, an additional chunk will be streamed before the `data: [DONE]` message."""
