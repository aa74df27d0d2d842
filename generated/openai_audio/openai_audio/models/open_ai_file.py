"""OpenAIFile.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "OpenAIFile",
]


class OpenAIFile(BaseModel):
    """The File object represents a document that has been uploaded to OpenAI"""

    id: str
    """The file identifier, which can be referenced in the API endpoints."""
    bytes_: int = Field(alias="bytes")
    """The size of the file, in bytes."""
    created_at: int
    """The Unix timestamp (in seconds) for when the file was created."""
    filename: str
    """The name of the file."""
    object: Annotated[Literal["file"], LenientLiteral]
    """The object type, which is always `file`."""
    purpose: Annotated[
        Literal[
            "assistants",
            "assistants_output",
            "batch",
            "batch_output",
            "fine-tune",
            "fine-tune-results",
            "vision",
        ],
        LenientLiteral,
    ]
    """The intended purpose of the file."""
    status: Annotated[Literal["uploaded", "processed", "error"], LenientLiteral]
    """Deprecated."""
    status_details: str | None = None
    """Deprecated."""
