"""CreateModerationResponseCategories.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from pydantic import Field

from .._runtime import BaseModel

__all__ = [
    "CreateModerationResponseCategories",
]


class CreateModerationResponseCategories(BaseModel):
    """A list of the categories, and whether they are flagged or not"""

    self_harm_intent: bool = Field(alias="self-harm/intent")
    """Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders"""
    hate_threatening: bool = Field(alias="hate/threatening")
    """Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste"""
    self_harm_instructions: bool = Field(alias="self-harm/instructions")
    """Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts"""
    sexual_minors: bool = Field(alias="sexual/minors")
    """Sexual content that includes an individual who is under 18 years old"""
    harassment_threatening: bool = Field(alias="harassment/threatening")
    """Harassment content that also includes violence or serious harm towards any target"""
    hate: bool
    """Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste."""
    self_harm: bool = Field(alias="self-harm")
    """Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders"""
    harassment: bool
    """Content that expresses, incites, or promotes harassing language towards any target"""
    sexual: bool
    """Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness)"""
    violence_graphic: bool = Field(alias="violence/graphic")
    """Content that depicts death, violence, or physical injury in graphic detail"""
    violence: bool
    """Content that depicts death, violence, or physical injury"""
