"""ChatCompletionFunctionCallOption.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionFunctionCallOption",
]


class ChatCompletionFunctionCallOption(BaseModel):
    """Specifying a particular function via {"name": "my_function"} forces the model to call that function"""

    name: str
    """The name of the function to call"""
