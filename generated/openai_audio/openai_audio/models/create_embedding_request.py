"""CreateEmbeddingRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .input_items_array import InputItemsArray

__all__ = [
    "CreateEmbeddingRequest",
]


class CreateEmbeddingRequest(BaseModel):
    input: str | list[str] | list[int] | list[InputItemsArray]
    """Input text to embed, encoded as a string or array of tokens."""
    encoding_format: Annotated[Literal["float", "base64"], LenientLiteral] | None = (
        "float"
    )
    """The format to return the embeddings in."""
    model: (
        str
        | Annotated[
            Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    dimensions: int | None = None
    """The number of dimensions the resulting output embeddings should have."""
