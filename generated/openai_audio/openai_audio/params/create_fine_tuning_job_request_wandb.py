"""Request shapes: CreateFineTuningJobRequestWandbParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr

__all__ = [
    "CreateFineTuningJobRequestWandbParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateFineTuningJobRequestWandbParam(TypedDict, total=False):
    """The settings for your integration with Weights and Biases."""

    name: NotRequired[str | None]
    """A display name to set for the run."""
    project: Required[str]
    """The name of the project that the new run will be created under"""
    entity: NotRequired[str | None]
    """The entity to use for the run."""
    tags: NotRequired[SequenceNotStr[str]]
    """A list of tags to be attached to the newly created run."""
