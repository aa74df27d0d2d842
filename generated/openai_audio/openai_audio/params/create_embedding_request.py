"""Request shapes: CreateEmbeddingRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr
from .input_items_array import InputItemsArrayParam

__all__ = [
    "CreateEmbeddingRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateEmbeddingRequestParam(TypedDict, total=False):
    input: Required[
        str | SequenceNotStr[str] | Sequence[int] | Sequence[InputItemsArrayParam]
    ]
    """Input text to embed, encoded as a string or array of tokens."""
    encoding_format: NotRequired[Literal["float", "base64"]]
    """The format to return the embeddings in."""
    model: Required[
        str
        | Literal[
            "text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"
        ]
    ]
    """ID of the model to use."""
    user: NotRequired[str]
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    dimensions: NotRequired[int]
    """The number of dimensions the resulting output embeddings should have."""
