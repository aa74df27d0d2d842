"""AssistantObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral
from .assistant_object_tool_resources import AssistantObjectToolResources
from .assistant_object_tools import AssistantObjectTools
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption

__all__ = [
    "AssistantObject",
]


class AssistantObject(BaseModel):
    """Represents an assistant that can call the model and use tools"""

    instructions: str | None
    """The system instructions that the assistant uses."""
    tool_resources: AssistantObjectToolResources | None = None
    """A set of resources that are used by the assistant's tools."""
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    created_at: int
    """The Unix timestamp (in seconds) for when the assistant was created"""
    description: str | None
    """The description of the assistant."""
    tools: list[AssistantObjectTools] | None = Field(default=[])
    """A list of tool enabled on the assistant."""
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    response_format: AssistantsApiResponseFormatOption | None = None
    """Specifies the format that the model must output."""
    name: str | None
    """The name of the assistant."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    model: str
    """ID of the model to use."""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["assistant"], LenientLiteral]
    """The object type, which is always `assistant`"""
