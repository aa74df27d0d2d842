"""ThreadsMessagesDeleteParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ThreadsMessagesDeleteParams",
]


class ThreadsMessagesDeleteParams(BaseModel):
    thread_id: str
    message_id: str
