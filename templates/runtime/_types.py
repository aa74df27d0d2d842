"""Small shared types: the not-given sentinel, file and request aliases."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Literal,
    Protocol,
    SupportsIndex,
    TypeAlias,
    TypeVar,
    final,
    overload,
)

if TYPE_CHECKING:
    import httpx

__all__ = [
    "NOT_GIVEN",
    "RAW_RESPONSE_HEADER",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "NotGiven",
    "Omit",
    "Query",
    "SequenceNotStr",
    "Timeout",
]

_T_co = TypeVar("_T_co", covariant=True)


@final
class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit ``None``).

    It is falsy and a singleton: compare with ``is NOT_GIVEN`` or ``isinstance``.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@final
class Omit:
    """In ``extra_headers``, removes a header the client would otherwise send.

    ``client.x.create(..., extra_headers={"User-Agent": Omit()})``
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "Omit()"


FileContent = IO[bytes] | bytes | os.PathLike[str]

FileTypes = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""A file for a multipart part: bytes, a binary file object, a path, or a tuple
``(filename, content)`` / ``(filename, content, content_type)``."""

Headers = Mapping[str, str | Omit]
Query = Mapping[str, object]
Body = object
if TYPE_CHECKING:
    Timeout: TypeAlias = float | httpx.Timeout | None
else:
    Timeout = object  # only ever used in annotations; httpx loads on first request

RAW_RESPONSE_HEADER = "X-Client-Raw-Response"
"""Internal marker header: asks the client for the raw response. Never sent."""


if TYPE_CHECKING:
    # As the OpenAI Python SDK defines it. This works because str.__contains__ does not accept
    # object (either in typeshed or at runtime):
    # https://github.com/hauntsaninja/useful_types/blob/5e9710f3875107d068e7679fd7fec9cfab0eff3b/useful_types/__init__.py#L285
    class SequenceNotStr(Protocol[_T_co]):
        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[_T_co]: ...
        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
        def count(self, value: Any, /) -> int: ...
        def __reversed__(self) -> Iterator[_T_co]: ...

else:
    # A plain ``Sequence`` at run time, so that pydantic validates it like any sequence.
    SequenceNotStr = Sequence
