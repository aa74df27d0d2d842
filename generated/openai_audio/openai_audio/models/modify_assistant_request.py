"""ModifyAssistantRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime import BaseModel
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .modify_assistant_request_tool_resources import ModifyAssistantRequestToolResources
from .modify_assistant_request_tools import ModifyAssistantRequestTools

__all__ = [
    "ModifyAssistantRequest",
]


class ModifyAssistantRequest(BaseModel):
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    instructions: str | None = None
    """The system instructions that the assistant uses."""
    tool_resources: ModifyAssistantRequestToolResources | None = None
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
    model: str | None = None
    """ID of the model to use."""
    tools: list[ModifyAssistantRequestTools] | None = Field(default=[])
    """A list of tool enabled on the assistant."""
