"""Request shapes: CreateAssistantRequestToolResourcesCodeInterpreterParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

__all__ = [
    "CreateAssistantRequestToolResourcesCodeInterpreterParam",
]


CreateAssistantRequestToolResourcesCodeInterpreterParam: TypeAlias = Mapping[
    str, object
]
