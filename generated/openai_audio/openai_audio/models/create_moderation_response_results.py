"""CreateModerationResponseResults.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .create_moderation_response_categories import CreateModerationResponseCategories
from .create_moderation_response_category_scores import (
    CreateModerationResponseCategoryScores,
)

__all__ = [
    "CreateModerationResponseResults",
]


class CreateModerationResponseResults(BaseModel):
    category_scores: CreateModerationResponseCategoryScores
    """A list of the categories along with their scores as predicted by model"""
    flagged: bool
    """Whether any of the below categories are flagged"""
    categories: CreateModerationResponseCategories
    """A list of the categories, and whether they are flagged or not"""
