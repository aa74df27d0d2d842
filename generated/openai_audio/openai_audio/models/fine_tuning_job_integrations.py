"""FineTuningJobIntegrations.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .fine_tuning_integration import FineTuningIntegration

__all__ = [
    "FineTuningJobIntegrations",
]


FineTuningJobIntegrations: TypeAlias = FineTuningIntegration
