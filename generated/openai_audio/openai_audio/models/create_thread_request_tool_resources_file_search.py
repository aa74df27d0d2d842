"""CreateThreadRequestToolResourcesFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "CreateThreadRequestToolResourcesFileSearch",
]


# Any JSON value (the seed lists this as an anydata type without members).
CreateThreadRequestToolResourcesFileSearch: TypeAlias = Any
