"""AssistantsNamedToolChoiceFunction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantsNamedToolChoiceFunction",
]


class AssistantsNamedToolChoiceFunction(BaseModel):
    name: str
    """The name of the function to call"""
