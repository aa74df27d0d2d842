"""CreateCompletionResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .completion_usage import CompletionUsage
from .create_completion_response_choices import CreateCompletionResponseChoices

__all__ = [
    "CreateCompletionResponse",
]


class CreateCompletionResponse(BaseModel):
    """Represents a completion response from the API."""

    created: int
    """The Unix timestamp (in seconds) of when the completion was created"""
    usage: CompletionUsage | None = None
    """Usage statistics for the completion request"""
    model: str
    """The model used for completion"""
    id: str
    """A unique identifier for the completion"""
    choices: list[CreateCompletionResponseChoices]
    """The list of completion choices the model generated for the input prompt"""
    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with."""
    object: Annotated[Literal["text_completion"], LenientLiteral]
    """The object type, which is always "text_completion" """
