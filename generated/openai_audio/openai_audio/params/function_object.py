"""Request shapes: FunctionObjectParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .function_parameters import FunctionParametersParam

__all__ = [
    "FunctionObjectParam",
]


@with_config(ConfigDict(extra="allow"))
class FunctionObjectParam(TypedDict, total=False):
    name: Required[str]
    """The name of the function to be called."""
    description: NotRequired[str]
    """A description of what the function does, used by the model to choose when and how to call the function"""
    parameters: NotRequired[FunctionParametersParam]
    """The parameters the functions accepts, described as a JSON Schema object."""
