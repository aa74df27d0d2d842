"""Request shapes: CreateMessageRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_message_request_attachments import CreateMessageRequestAttachments
from .create_message_request_attachments import CreateMessageRequestAttachmentsParam

__all__ = [
    "CreateMessageRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateMessageRequestParam(TypedDict, total=False):
    metadata: NotRequired[Mapping[str, object] | None]
    """Set of 16 key-value pairs that can be attached to an object."""
    role: Required[Literal["user", "assistant"]]
    """The role of the entity that is creating the message."""
    attachments: NotRequired[
        Sequence[CreateMessageRequestAttachments | CreateMessageRequestAttachmentsParam]
        | None
    ]
    """A list of files attached to the message, and the tools they should be added to"""
