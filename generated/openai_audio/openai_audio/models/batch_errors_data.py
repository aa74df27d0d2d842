"""BatchErrorsData.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "BatchErrorsData",
]


class BatchErrorsData(BaseModel):
    code: str | None = None
    """An error code identifying the error type"""
    param: str | None = None
    """The name of the parameter that caused the error, if applicable"""
    line: int | None = None
    """The line number of the input file where the error occurred, if applicable"""
    message: str | None = None
    """A human-readable message providing more details about the error"""
