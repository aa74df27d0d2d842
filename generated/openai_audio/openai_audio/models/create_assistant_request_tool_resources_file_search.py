"""CreateAssistantRequestToolResourcesFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "CreateAssistantRequestToolResourcesFileSearch",
]


# Any JSON value (the seed lists this as an anydata type without members).
CreateAssistantRequestToolResourcesFileSearch: TypeAlias = Any
