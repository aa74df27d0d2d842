"""ChatCompletionFunctions.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .function_parameters import FunctionParameters

__all__ = [
    "ChatCompletionFunctions",
]


class ChatCompletionFunctions(BaseModel):
    name: str
    """The name of the function to be called."""
    description: str | None = None
    """A description of what the function does, used by the model to choose when and how to call the function"""
    parameters: FunctionParameters | None = None
    """The parameters the functions accepts, described as a JSON Schema object."""
