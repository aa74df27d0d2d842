"""Request shapes: CreateAssistantRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_assistant_request_tool_resources import (
    CreateAssistantRequestToolResources,
)
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOptionParam,
)
from .create_assistant_request_tool_resources import (
    CreateAssistantRequestToolResourcesParam,
)
from .create_assistant_request_tools import CreateAssistantRequestToolsParam

__all__ = [
    "CreateAssistantRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateAssistantRequestParam(TypedDict, total=False):
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    instructions: NotRequired[str | None]
    """The system instructions that the assistant uses."""
    tool_resources: NotRequired[
        CreateAssistantRequestToolResources
        | CreateAssistantRequestToolResourcesParam
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
    model: Required[
        str
        | Literal[
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-0125-preview",
            "gpt-4-turbo-preview",
            "gpt-4-1106-preview",
            "gpt-4-vision-preview",
            "gpt-4",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-16k-0613",
        ]
    ]
    """ID of the model to use."""
    tools: NotRequired[Sequence[CreateAssistantRequestToolsParam]]
    """A list of tool enabled on the assistant."""
