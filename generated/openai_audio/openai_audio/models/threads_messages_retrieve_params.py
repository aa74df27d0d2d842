"""ThreadsMessagesRetrieveParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ThreadsMessagesRetrieveParams",
]


class ThreadsMessagesRetrieveParams(BaseModel):
    thread_id: str
    message_id: str
