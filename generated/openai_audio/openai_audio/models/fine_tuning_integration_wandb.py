"""FineTuningIntegrationWandb.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FineTuningIntegrationWandb",
]


class FineTuningIntegrationWandb(BaseModel):
    """The settings for your integration with Weights and Biases."""

    name: str | None = None
    """A display name to set for the run."""
    project: str
    """The name of the project that the new run will be created under"""
    entity: str | None = None
    """The entity to use for the run."""
    tags: list[str] | None = None
    """A list of tags to be attached to the newly created run."""
