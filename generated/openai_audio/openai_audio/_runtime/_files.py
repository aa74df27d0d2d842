"""Multipart bodies: file values, form fields, and the ``FileInput`` model field type."""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import sys
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Annotated, Any

from ._lazy import LazyModule
from ._types import FileTypes, NotGiven, Omit

if TYPE_CHECKING:
    import pydantic_core
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import core_schema
else:
    pydantic_core = LazyModule("pydantic_core")

__all__ = [
    "FileInput",
    "FilePart",
    "MultipartBody",
    "form_values",
    "is_file_content",
    "is_file_value",
    "read_file",
    "to_multipart",
]

DEFAULT_FILENAME = "upload"
DEFAULT_CONTENT_TYPE = "application/octet-stream"

FilePart = tuple[str | None, bytes, str]
"""A file read into memory: ``(filename, content, content_type)``."""

_FORM_ESCAPES = {'"': "%22", "\\": "\\\\"}
_FORM_ESCAPES.update({chr(c): f"%{c:02X}" for c in range(0x20) if c != 0x1B})
_FORM_ESCAPE_RE = re.compile("|".join(re.escape(c) for c in _FORM_ESCAPES))


def is_file_content(value: object) -> bool:
    """bytes, a binary file object or a path: something that is a file's content."""
    if isinstance(value, (bytes, bytearray, memoryview, os.PathLike)):
        return True
    if isinstance(value, (str, io.TextIOBase)):
        return False
    return callable(getattr(value, "read", None))


def is_file_value(value: object) -> bool:
    """Whether ``value`` is one of the accepted file forms (tuples included)."""
    if isinstance(value, tuple):
        return (
            len(value) in (2, 3)
            and (value[0] is None or isinstance(value[0], str))
            and (is_file_content(value[1]) or isinstance(value[1], str))
            and (len(value) == 2 or value[2] is None or isinstance(value[2], str))
        )
    return is_file_content(value)


def _guess_content_type(filename: str | None) -> str:
    if filename:
        import mimetypes

        guessed = mimetypes.guess_type(filename)[0]
        if guessed:
            return guessed
    return DEFAULT_CONTENT_TYPE


def _read_content(content: object) -> tuple[bytes, str | None]:
    """Read file content to bytes; also returns the file's own base name, if it has one."""
    if isinstance(content, bytes):
        return content, None
    if isinstance(content, (bytearray, memoryview)):
        return bytes(content), None
    if isinstance(content, str):
        return content.encode("utf-8"), None
    if isinstance(content, os.PathLike):
        path = os.fspath(content)
        with open(path, "rb") as f:
            data = f.read()
        return data, os.path.basename(path) or None
    if isinstance(content, io.TextIOBase):
        raise TypeError(
            "file objects must be opened in binary mode ('rb'), not text mode"
        )
    read = getattr(content, "read", None)
    if not callable(read):
        raise TypeError(
            "expected bytes, a binary file object, an os.PathLike or a "
            f"(filename, content[, content_type]) tuple, got {type(content).__name__}"
        )
    data = read()
    if isinstance(data, str):
        raise TypeError(
            "file objects must be opened in binary mode ('rb'), not text mode"
        )
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"read() returned {type(data).__name__}, expected bytes")
    name = getattr(content, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    filename = os.path.basename(name) if isinstance(name, str) else None
    return bytes(data), filename or None


def read_file(value: object) -> FilePart:
    """Read any accepted file value into ``(filename, content, content_type)``.

    The content is read once, here, so that a retried request re-sends the same bytes.
    """
    if isinstance(value, tuple):
        parts: tuple[Any, ...] = value
        if not is_file_value(parts):
            raise TypeError(
                "a file tuple must be (filename, content) or (filename, content, content_type)"
            )
        filename: str | None = parts[0]
        content, _ = _read_content(parts[1])
        content_type: str | None = parts[2] if len(parts) == 3 else None
        return filename, content, content_type or _guess_content_type(filename)
    if isinstance(value, str):
        raise TypeError(
            "a str is not accepted as a file: pass bytes, a file opened in 'rb' mode, "
            "a pathlib.Path, or a (filename, content[, content_type]) tuple"
        )
    content, own_name = _read_content(value)
    filename = own_name or DEFAULT_FILENAME
    return filename, content, _guess_content_type(filename)


# --- form fields ------------------------------------------------------------------------------


_TEXT_SCALARS = (datetime.date, datetime.time, datetime.timedelta)
"""Sent as one text value (ISO 8601 for dates and times); also UUIDs and Decimals."""
_LAZY_SCALARS = (("uuid", "UUID"), ("decimal", "Decimal"))
"""Looked up only when their module is loaded: a value cannot be one otherwise, and importing
them costs milliseconds at import time that no caller may need."""


def _is_scalar(value: object) -> bool:
    if value is None or isinstance(value, (str, int, float, bool, *_TEXT_SCALARS)):
        return True
    for module, name in _LAZY_SCALARS:
        loaded = sys.modules.get(module)
        if loaded is not None and isinstance(value, getattr(loaded, name)):
            return True
    return False


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return _json_text(value)


def _json_text(value: object) -> str:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        value = dump(mode="json", by_alias=True, exclude_unset=True)
    text = pydantic_core.to_json(value).decode("utf-8")
    if text.startswith('"'):
        # a datetime, UUID, enum member...: send the bare string
        unquoted = json.loads(text)
        if isinstance(unquoted, str):
            return unquoted
    return text


def form_values(value: object) -> list[str]:
    """The text values sent for one form field (several for a list of scalars).

    str as is; bool as ``true``/``false``; numbers with ``str()``; a list of scalars as repeated
    fields; a dict, a list of non-scalars or a pydantic model as JSON text; ``None`` is omitted.
    """
    if value is None or isinstance(value, (NotGiven, Omit)):
        return []
    if isinstance(value, (list, tuple)):
        if all(_is_scalar(v) for v in value):
            return [_scalar_text(v) for v in value if v is not None]
        return [_json_text(list(value))]
    if isinstance(value, dict):
        return [_json_text(value)]
    if hasattr(value, "value") and not _is_scalar(value):
        enum_value = value.value  # an Enum member
        if _is_scalar(enum_value):
            return form_values(enum_value)
    return [_scalar_text(value)]


# --- the multipart body -----------------------------------------------------------------------


class MultipartBody:
    """Form fields and files read into memory, ready to send (and to re-send on a retry)."""

    def __init__(self) -> None:
        self.fields: list[tuple[str, str]] = []
        self.files: list[tuple[str, FilePart]] = []

    def add_field(self, name: str, value: object) -> None:
        for text in form_values(value):
            self.fields.append((name, text))

    def add_file(self, name: str, value: object) -> None:
        self.files.append((name, read_file(value)))

    def add(self, name: str, value: object, *, is_file: bool = False) -> None:
        """Add a value: files (or lists of files) as file parts, anything else as fields."""
        if value is None or isinstance(value, (NotGiven, Omit)):
            return
        if is_file:
            for item in value if isinstance(value, list) else [value]:
                self.add_file(name, item)
        elif is_file_content(value):
            self.add_file(name, value)
        elif (
            isinstance(value, list) and value and all(is_file_content(v) for v in value)
        ):
            for item in value:
                self.add_file(name, item)
        else:
            self.add_field(name, value)

    def copy(self) -> MultipartBody:
        new = MultipartBody()
        new.fields = list(self.fields)
        new.files = list(self.files)
        return new

    def to_httpx(
        self,
    ) -> tuple[dict[str, str | list[str]], list[tuple[str, FilePart]]]:
        """``(data, files)`` for ``httpx.Client.request(data=..., files=...)``.

        Note that httpx sends a urlencoded body when ``files`` is empty; the client uses
        :meth:`encode` instead, which always produces ``multipart/form-data``.
        """
        data: dict[str, str | list[str]] = {}
        for name, text in self.fields:
            existing = data.get(name)
            if existing is None:
                data[name] = text
            elif isinstance(existing, list):
                existing.append(text)
            else:
                data[name] = [existing, text]
        return data, list(self.files)

    def encode(self, boundary: str | None = None) -> tuple[bytes, str]:
        """The encoded body and its ``Content-Type`` header value."""
        if boundary is None:
            boundary = os.urandom(16).hex()
        delimiter = f"--{boundary}\r\n".encode("ascii")
        out = bytearray()
        for name, text in self.fields:
            out += delimiter
            out += (
                b"Content-Disposition: form-data; "
                + _form_param("name", name)
                + b"\r\n\r\n"
            )
            out += text.encode("utf-8") + b"\r\n"
        for name, (filename, content, content_type) in self.files:
            out += delimiter
            out += b"Content-Disposition: form-data; " + _form_param("name", name)
            if filename is not None:
                out += b"; " + _form_param("filename", filename)
            out += (
                b"\r\nContent-Type: "
                + content_type.encode("latin-1", "replace")
                + b"\r\n\r\n"
            )
            out += content + b"\r\n"
        out += f"--{boundary}--\r\n".encode("ascii")
        return bytes(out), f"multipart/form-data; boundary={boundary}"

    def __repr__(self) -> str:
        files = [(n, f[0], len(f[1]), f[2]) for n, f in self.files]
        return f"MultipartBody(fields={self.fields!r}, files={files!r})"


def _form_param(name: str, value: str) -> bytes:
    escaped = _FORM_ESCAPE_RE.sub(lambda m: _FORM_ESCAPES[m.group(0)], value)
    return f'{name}="{escaped}"'.encode()


def to_multipart(
    values: Mapping[str, object], *, file_fields: Collection[str] = ()
) -> MultipartBody:
    """A multipart body from a mapping of JSON names to values (``NOT_GIVEN``/``None`` dropped).

    Names in ``file_fields`` are sent as file parts (a list gives one part per item); values
    that are bytes, binary file objects or paths are sent as files wherever they appear.
    """
    body = MultipartBody()
    for name, value in values.items():
        body.add(name, value, is_file=name in file_fields)
    return body


# --- FileInput: a pydantic field type for `format: binary` -----------------------------------


def _validate_file_input(value: Any, info: core_schema.ValidationInfo) -> Any:
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, io.TextIOBase):
        raise pydantic_core.PydanticCustomError(
            "file_text_mode", "file objects must be opened in binary mode ('rb')"
        )
    if is_file_value(value):
        return value
    context = info.context
    if isinstance(value, str) and isinstance(context, dict) and context.get("lenient"):
        return value  # a response that carries a file as text
    raise pydantic_core.PydanticCustomError(
        "file_type",
        "Expected a file: bytes, a binary file object, an os.PathLike, or a "
        "(filename, content[, content_type]) tuple; got {type}",
        {"type": type(value).__name__},
    )


def _serialize_file_input(value: Any) -> Any:
    if isinstance(value, tuple):
        return value[0]
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    name = getattr(value, "name", None)
    return name if isinstance(name, str) else f"<{type(value).__name__}>"


class _FileInputSchema:
    """Annotation marker: validates file values without pydantic inspecting ``IO``."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        core_schema = pydantic_core.core_schema
        return core_schema.with_info_plain_validator_function(
            _validate_file_input,
            serialization=core_schema.plain_serializer_function_ser_schema(
                _serialize_file_input, when_used="json"
            ),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "format": "binary"}

    def __repr__(self) -> str:
        return "FileInput"


FileInput = Annotated[FileTypes, _FileInputSchema()]
"""Field type for a ``format: binary`` property of a multipart body."""
