"""The helpers generated methods call, importable without pydantic.

Each forwards to :mod:`._models` on first call, so importing a resource module (and so
``client.chat.completions``) does not load pydantic; the first request does.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from ._lazy import LazyModule
from ._serialize import SPEC_ENCODING, FormBody, PartEncoding
from ._types import NotGiven, Omit

if TYPE_CHECKING:
    from . import _models
    from ._files import MultipartBody
else:
    _models = LazyModule(__name__.rpartition(".")[0] + "._models")

__all__ = [
    "build_form",
    "build_json_body",
    "build_json_value",
    "build_multipart",
    "check_params",
    "new_idempotency_key",
]


def build_json_body(shape: object, values: Mapping[str, object]) -> object:
    """See :func:`._models.build_json_body` (``shape``: a model or ``TypedDict`` class)."""
    return _models.build_json_body(shape, values)


def build_json_value(tp: Any, value: object) -> object:
    """See :func:`._models.build_json_value`."""
    return _models.build_json_value(tp, value)


def build_multipart(
    shape: object,
    values: Mapping[str, object],
    file_fields: Collection[str] = (),
    encoding: Mapping[str, PartEncoding] | None = None,
    default: PartEncoding = SPEC_ENCODING,
) -> MultipartBody:
    """See :func:`._models.build_multipart` (``shape``: a model or ``TypedDict`` class)."""
    return _models.build_multipart(shape, values, file_fields, encoding, default)


def build_form(
    shape: object,
    values: Mapping[str, object],
    encoding: Mapping[str, PartEncoding] | None = None,
    default: PartEncoding = SPEC_ENCODING,
) -> FormBody:
    """See :func:`._models.build_form` (``shape``: a model or ``TypedDict`` class)."""
    return _models.build_form(shape, values, encoding, default)


def check_params(shape: object, values: Mapping[str, object]) -> None:
    """See :func:`._models.check_params` (``shape``: a model or ``TypedDict`` class)."""
    _models.check_params(shape, values)


def new_idempotency_key(given: object) -> object:
    """The ``Idempotency-Key`` header of one call: the caller's, else a new random one.

    Made once per call, before the request is prepared, so every retry of the call re-sends
    the same key and the server can tell a retry from a new request.
    """
    if given is None or isinstance(given, (NotGiven, Omit)):
        import uuid

        return f"pyclient-{uuid.uuid4()}"
    return given
