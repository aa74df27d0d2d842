"""Request shapes: CreateMessageRequestAttachmentsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .create_message_request_tools import CreateMessageRequestToolsParam

__all__ = [
    "CreateMessageRequestAttachmentsParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateMessageRequestAttachmentsParam(TypedDict, total=False):
    file_id: NotRequired[str]
    """The ID of the file to attach to the message"""
    tools: NotRequired[Sequence[CreateMessageRequestToolsParam]]
    """The tools to add this file to"""
