"""Multipart bodies: file values, form fields, and the ``FileInput`` model field type."""

from __future__ import annotations

import enum
import io
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from ._lazy import LazyModule
from ._serialize import (
    SPEC_ENCODING,
    EncodedBody,
    PartEncoding,
    _json_text,
    _scalar_text,
    form_fields,
)
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
    "Part",
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


# --- the multipart body -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a multipart body, read into memory."""

    name: str
    content: bytes
    filename: str | None = None
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    is_file: bool = False


def _is_json_media(media: str | None) -> bool:
    if media is None:
        return False
    media = media.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _concrete(media: str | None) -> list[str]:
    """The media types an Encoding Object's ``contentType`` lists, wildcards left out."""
    if not media:
        return []
    return [m.strip() for m in media.split(",") if m.strip() and "*" not in m]


def _file_part(name: str, value: object, encoding: PartEncoding) -> Part:
    """A file part: the caller's content type, else the ``contentType`` the spec declares (the
    guessed type when it is one of those listed), else the type guessed from the file name.
    """
    filename, content, guessed = read_file(value)
    given = isinstance(value, tuple) and len(value) == 3 and isinstance(value[2], str)
    allowed = _concrete(encoding.content_type)
    content_type = guessed
    if not given and allowed and guessed not in allowed:
        content_type = allowed[0]
    return Part(name, content, filename, content_type, encoding.headers, True)


def _value_part(name: str, value: object, encoding: PartEncoding) -> Part:
    """A non-file part: text for a primitive; JSON (``application/json`` unless the spec names
    another JSON type) for an object, an array inside an array, or a JSON ``contentType``.
    """
    listed = _concrete(encoding.content_type)
    declared = listed[0] if listed else None
    plain = value.value if isinstance(value, enum.Enum) else value
    structured = isinstance(plain, (Mapping, list, tuple)) or hasattr(
        plain, "model_dump"
    )
    if structured or _is_json_media(declared):
        media = declared if _is_json_media(declared) else "application/json"
        return Part(
            name, _json_text(value).encode("utf-8"), None, media, encoding.headers
        )
    text = _scalar_text(value).encode("utf-8")
    return Part(name, text, None, declared, encoding.headers)


class MultipartBody(EncodedBody[Part]):
    """A ``multipart/form-data`` body read into memory, ready to send (and to re-send on a
    retry): each property's parts. Text parts go first, then files, in property order.
    """

    @property
    def parts(self) -> list[Part]:
        every = [p for parts in self.properties.values() for p in parts]
        return [p for p in every if not p.is_file] + [p for p in every if p.is_file]

    def add(self, name: str, value: object, *, is_file: bool = False) -> None:
        """Set a property (replacing one of the same name). A file (or a list of files) is a
        file part each; with a ``style``, the property is split into fields as that style
        says; otherwise an array is a part per item (OpenAPI's default for multipart) and an
        object one ``application/json`` part. ``None`` and ``NOT_GIVEN`` send nothing.
        """
        if value is None or isinstance(value, (NotGiven, Omit)):
            self.properties.pop(name, None)
            return
        encoding = self.encoding_of(name)
        is_leaf = is_file_value if is_file else is_file_content
        if encoding.style is not None and encoding.style.content_type is None:
            fields = form_fields(name, value, encoding.style, is_leaf)
        elif is_leaf(value):
            fields = [(name, value)]
        elif isinstance(value, (list, tuple)):
            fields = [(name, item) for item in value if item is not None]
        else:
            fields = [(name, value)]
        self.properties[name] = [
            (
                _file_part(key, item, encoding)
                if is_leaf(item)
                else _value_part(key, item, encoding)
            )
            for key, item in fields
        ]

    def add_file(self, name: str, value: object) -> None:
        self.add(name, value, is_file=True)

    def encode(self, boundary: str | None = None) -> tuple[bytes, str]:
        """The encoded body and its ``Content-Type`` header value."""
        if boundary is None:
            boundary = os.urandom(16).hex()
        delimiter = f"--{boundary}\r\n".encode("ascii")
        out = bytearray()
        for part in self.parts:
            out += delimiter
            out += b"Content-Disposition: form-data; " + _form_param("name", part.name)
            if part.filename is not None:
                out += b"; " + _form_param("filename", part.filename)
            if part.content_type is not None:
                out += b"\r\nContent-Type: " + _header_bytes(part.content_type)
            for header, text in part.headers:
                out += b"\r\n" + _header_bytes(header) + b": " + _header_bytes(text)
            out += b"\r\n\r\n" + part.content + b"\r\n"
        out += f"--{boundary}--\r\n".encode("ascii")
        return bytes(out), f"multipart/form-data; boundary={boundary}"

    def __repr__(self) -> str:
        parts = [
            (p.name, p.filename, len(p.content), p.content_type) for p in self.parts
        ]
        return f"MultipartBody({parts!r})"


def _header_bytes(text: str) -> bytes:
    """Header text as latin-1; CR, LF and NUL (which would end the header) are dropped."""
    return re.sub(r"[\r\n\x00]", "", text).encode("latin-1", "replace")


def _form_param(name: str, value: str) -> bytes:
    escaped = _FORM_ESCAPE_RE.sub(lambda m: _FORM_ESCAPES[m.group(0)], value)
    return f'{name}="{escaped}"'.encode()


def to_multipart(
    values: Mapping[str, object],
    *,
    file_fields: Collection[str] = (),
    encoding: Mapping[str, PartEncoding] | None = None,
    default: PartEncoding = SPEC_ENCODING,
) -> MultipartBody:
    """A multipart body from a mapping of JSON names to values (``NOT_GIVEN``/``None`` dropped).

    Names in ``file_fields`` are sent as file parts (a list gives one part per item); values
    that are bytes, binary file objects or paths are sent as files wherever they appear.
    """
    body = MultipartBody(encoding, default)
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
