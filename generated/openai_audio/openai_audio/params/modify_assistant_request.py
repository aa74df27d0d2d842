"""Request shapes: ModifyAssistantRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.modify_assistant_request_tool_resources import (
    ModifyAssistantRequestToolResources,
)
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOptionParam,
)
from .modify_assistant_request_tool_resources import (
    ModifyAssistantRequestToolResourcesParam,
)
from .modify_assistant_request_tools import ModifyAssistantRequestToolsParam

__all__ = [
    "ModifyAssistantRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class ModifyAssistantRequestParam(TypedDict, total=False):
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    instructions: NotRequired[str | None]
    """The system instructions that the assistant uses."""
    tool_resources: NotRequired[
        ModifyAssistantRequestToolResources
        | ModifyAssistantRequestToolResourcesParam
        | None
    ]
    """A set of resources that are used by the assistant's tools."""
    metadata: NotRequired[Mapping[str, object] | None]
    """Set of 16 key-value pairs that can be attached to an object."""
    response_format: NotRequired[AssistantsApiResponseFormatOptionParam]
    """Specifies the format that the model must output."""
    name: NotRequired[str | None]
    """The name of the assistant."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2."""
    description: NotRequired[str | None]
    """The description of the assistant."""
    model: NotRequired[str]
    """ID of the model to use."""
    tools: NotRequired[Sequence[ModifyAssistantRequestToolsParam]]
    """A list of tool enabled on the assistant."""
