"""CreateAssistantRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .create_assistant_request_tool_resources import CreateAssistantRequestToolResources
from .create_assistant_request_tools import CreateAssistantRequestTools

__all__ = [
    "CreateAssistantRequest",
]


class CreateAssistantRequest(BaseModel):
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    instructions: str | None = None
    """The system instructions that the assistant uses."""
    tool_resources: CreateAssistantRequestToolResources | None = None
    """A set of resources that are used by the assistant's tools."""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    response_format: AssistantsApiResponseFormatOption | None = None
    """Specifies the format that the model must output."""
    name: str | None = None
    """The name of the assistant."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    description: str | None = None
    """The description of the assistant."""
    model: (
        str
        | Annotated[
            Literal[
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
            ],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    tools: list[CreateAssistantRequestTools] | None = Field(default=[])
    """A list of tool enabled on the assistant."""
