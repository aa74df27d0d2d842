"""MessageObjectContent.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .message_content_image_file_object import MessageContentImageFileObject
from .message_content_image_url_object import MessageContentImageUrlObject
from .message_content_text_object import MessageContentTextObject

__all__ = [
    "MessageObjectContent",
]


MessageObjectContent: TypeAlias = Annotated[
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentTextObject,
    Field(discriminator="type"),
    LenientUnion,
]
