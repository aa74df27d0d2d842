"""Embedding.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "Embedding",
]


class Embedding(BaseModel):
    """Represents an embedding vector returned by embedding endpoint"""

    index: int
    """The index of the embedding in the list of embeddings"""
    embedding: list[float]
    """The embedding vector, which is a list of floats."""
    object: Annotated[Literal["embedding"], LenientLiteral]
    """The object type, which is always "embedding" """
