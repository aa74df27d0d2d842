"""MessageContentTextObjectTextAnnotations.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,
)
from .message_content_text_annotations_file_path_object import (
    MessageContentTextAnnotationsFilePathObject,
)

__all__ = [
    "MessageContentTextObjectTextAnnotations",
]


MessageContentTextObjectTextAnnotations: TypeAlias = Annotated[
    MessageContentTextAnnotationsFileCitationObject
    | MessageContentTextAnnotationsFilePathObject,
    Field(discriminator="type"),
    LenientUnion,
]
