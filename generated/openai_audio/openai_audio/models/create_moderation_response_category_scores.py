"""CreateModerationResponseCategoryScores.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from pydantic import Field

from .._runtime import BaseModel

__all__ = [
    "CreateModerationResponseCategoryScores",
]


class CreateModerationResponseCategoryScores(BaseModel):
    """A list of the categories along with their scores as predicted by model"""

    self_harm_intent: float = Field(alias="self-harm/intent")
    """The score for the category 'self-harm/intent'"""
    hate_threatening: float = Field(alias="hate/threatening")
    """The score for the category 'hate/threatening'"""
    self_harm_instructions: float = Field(alias="self-harm/instructions")
    """The score for the category 'self-harm/instructions'"""
    sexual_minors: float = Field(alias="sexual/minors")
    """The score for the category 'sexual/minors'"""
    harassment_threatening: float = Field(alias="harassment/threatening")
    """The score for the category 'harassment/threatening'"""
    hate: float
    """The score for the category 'hate'"""
    self_harm: float = Field(alias="self-harm")
    """The score for the category 'self-harm'"""
    harassment: float
    """The score for the category 'harassment'"""
    sexual: float
    """The score for the category 'sexual'"""
    violence_graphic: float = Field(alias="violence/graphic")
    """The score for the category 'violence/graphic'"""
    violence: float
    """The score for the category 'violence'"""
