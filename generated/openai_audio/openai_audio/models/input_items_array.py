"""InputItemsArray.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "InputItemsArray",
]


InputItemsArray: TypeAlias = list[int]
