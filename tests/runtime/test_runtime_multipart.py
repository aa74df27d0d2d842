"""Multipart bodies as the server receives them, and the FileInput field type."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pydantic import Field, ValidationError
from runtime import NOT_GIVEN, BaseModel, FileInput, build_multipart
from runtime._files import MultipartBody, read_file, to_multipart
from runtime._serialize import ParamStyle, PartEncoding
from runtime_support import API_KEY, AsyncClient, Client

from tests.servers.local_server import LocalServer, MultipartPart, Reply


class Meta(BaseModel):
    source: str


class Upload(BaseModel):
    file: FileInput
    purpose: str
    extra_files: list[FileInput] | None = None
    thumbnail: FileInput | None = None
    count: int | None = None
    ratio: float | None = None
    public: bool | None = None
    tags: list[str] | None = None
    sizes: list[int] | None = None
    meta: Meta | None = None
    options: dict[str, Any] | None = None
    rows: list[dict[str, int]] | None = None
    from_: str | None = Field(default=None, alias="from")


FILE_FIELDS = ["file", "extra_files", "thumbnail"]


def send(
    server: LocalServer, body: MultipartBody, **kwargs: Any
) -> list[MultipartPart]:
    server.enqueue(Reply.json({"ok": True}))
    with Client(base_url=server.url, api_key=API_KEY) as client:
        assert client.request("POST", "/upload", multipart=body, **kwargs) == {
            "ok": True
        }
    content_type = server.last.header("content-type") or ""
    assert content_type.startswith("multipart/form-data; boundary=")
    return server.last.multipart()


def as_tuples(parts: list[MultipartPart]) -> list[tuple[str | None, str | None, bytes]]:
    return [(p.name, p.filename, p.data) for p in parts]


def test_bytes_file_and_scalar_fields(local_server: LocalServer) -> None:
    body = build_multipart(
        Upload,
        {
            "file": b"\x00binary\xff",
            "purpose": "fine-tune",
            "count": 3,
            "ratio": 0.25,
            "public": False,
            "thumbnail": NOT_GIVEN,
            "from": "me",
        },
        FILE_FIELDS,
    )
    parts = send(local_server, body)
    assert as_tuples(parts) == [
        ("purpose", None, b"fine-tune"),
        ("count", None, b"3"),
        ("ratio", None, b"0.25"),
        ("public", None, b"false"),
        ("from", None, b"me"),
        ("file", "upload", b"\x00binary\xff"),
    ]
    assert parts[-1].content_type == "application/octet-stream"


def test_file_object_path_and_tuples(local_server: LocalServer, tmp_path: Path) -> None:
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-1.7")
    other = tmp_path / "notes.txt"
    other.write_bytes(b"hello")
    with other.open("rb") as handle:
        body = build_multipart(
            Upload,
            {
                "file": handle,
                "purpose": "x",
                "thumbnail": ("thumb.png", b"\x89PNG", "image/x-custom"),
                "extra_files": [doc, ("data.json", io.BytesIO(b"{}")), (None, b"raw")],
            },
            FILE_FIELDS,
        )
    parts = send(local_server, body)
    files = [
        (p.name, p.filename, p.content_type, p.data)
        for p in parts
        if p.name != "purpose"
    ]
    assert files == [
        ("file", "notes.txt", "text/plain", b"hello"),
        ("extra_files", "report.pdf", "application/pdf", b"%PDF-1.7"),
        ("extra_files", "data.json", "application/json", b"{}"),
        ("extra_files", None, "application/octet-stream", b"raw"),
        ("thumbnail", "thumb.png", "image/x-custom", b"\x89PNG"),
    ]


def test_lists_dicts_and_models_as_form_fields(local_server: LocalServer) -> None:
    body = build_multipart(
        Upload,
        {
            "file": b"f",
            "purpose": "p",
            "tags": ["a", "b"],
            "sizes": [1, 2, 3],
            "meta": {"source": "cli"},
            "options": {"deep": {"x": [1, True]}},
            "rows": [{"a": 1}],
            "unknown_extra": True,
        },
        FILE_FIELDS,
    )
    parts = send(local_server, body)
    # OpenAPI's multipart defaults: a part per array item; objects as application/json parts
    fields = [
        (p.name, p.content_type, p.data.decode()) for p in parts if p.filename is None
    ]
    assert fields == [
        ("purpose", None, "p"),
        ("tags", None, "a"),
        ("tags", None, "b"),
        ("sizes", None, "1"),
        ("sizes", None, "2"),
        ("sizes", None, "3"),
        ("meta", "application/json", '{"source":"cli"}'),
        ("options", "application/json", '{"deep":{"x":[1,true]}}'),
        ("rows", "application/json", '{"a":1}'),
        ("unknown_extra", None, "true"),
    ]


def test_extra_body_is_added_to_the_form(local_server: LocalServer) -> None:
    body = build_multipart(Upload, {"file": b"f", "purpose": "p"}, FILE_FIELDS)
    parts = send(local_server, body, extra_body={"beta": True, "attachment": b"zz"})
    assert ("beta", None, b"true") in as_tuples(parts)
    assert ("attachment", "upload", b"zz") in as_tuples(parts)
    # the original body object is unchanged
    assert [p.name for p in body.parts] == ["purpose", "file"]
    # a property extra_body names again is replaced, not sent twice
    parts = send(local_server, body, extra_body={"purpose": "other"})
    assert [(p.name, p.data) for p in parts if p.filename is None] == [
        ("purpose", b"other")
    ]


def test_form_without_files_is_still_multipart(local_server: LocalServer) -> None:
    class Form(BaseModel):
        name: str
        file: FileInput | None = None

    parts = send(local_server, build_multipart(Form, {"name": "n"}, ["file"]))
    assert as_tuples(parts) == [("name", None, b"n")]


def test_validation_errors_before_sending(local_server: LocalServer) -> None:
    with pytest.raises(ValidationError) as info:
        build_multipart(
            Upload, {"file": "a string is not a file", "purpose": "p"}, FILE_FIELDS
        )
    assert info.value.errors()[0]["loc"] == ("file",)
    assert "Expected a file" in str(info.value)
    with pytest.raises(ValidationError):
        build_multipart(Upload, {"file": b"x", "purpose": 12}, FILE_FIELDS)
    with pytest.raises(ValidationError):
        build_multipart(Upload, {"purpose": "p"}, FILE_FIELDS)  # file is required
    with pytest.raises(ValidationError, match="binary mode"):
        build_multipart(
            Upload, {"file": io.StringIO("text"), "purpose": "p"}, FILE_FIELDS
        )
    with pytest.raises(ValidationError):
        build_multipart(Upload, {"file": ("name", 123), "purpose": "p"}, FILE_FIELDS)
    assert local_server.requests == []


def test_file_input_in_a_model() -> None:
    upload = Upload(file=b"abc", purpose="p")
    assert upload.file == b"abc"
    assert Upload(file=bytearray(b"x"), purpose="p").file == b"x"
    schema = Upload.model_json_schema(by_alias=True)
    assert schema["properties"]["file"] == {
        "format": "binary",
        "title": "File",
        "type": "string",
    }
    assert upload.model_dump(mode="json")["file"] == "<3 bytes>"
    assert (
        Upload(file=("a.txt", b"x"), purpose="p").model_dump(mode="json")["file"]
        == "a.txt"
    )


def test_encoding_object_content_type_and_headers(local_server: LocalServer) -> None:
    body = to_multipart(
        {"sdp": "v=0", "session": {"type": "realtime"}, "note": "x", "pic": b"\x89PNG"},
        file_fields=["pic"],
        encoding={
            "sdp": PartEncoding(content_type="application/sdp"),
            "session": PartEncoding(content_type="application/json"),
            "note": PartEncoding(content_type="application/json"),
            "pic": PartEncoding(
                content_type="image/png, image/jpeg", headers=(("X-Kind", "icon\r\n"),)
            ),
        },
    )
    parts = send(local_server, body)
    assert [(p.name, p.content_type, p.data) for p in parts] == [
        ("sdp", "application/sdp", b"v=0"),
        ("session", "application/json", b'{"type":"realtime"}'),
        ("note", "application/json", b'"x"'),  # written as its declared media type
        ("pic", "image/png", b"\x89PNG"),  # the first listed type: no name to guess from
    ]
    assert parts[-1].header("x-kind") == "icon"  # CR/LF cannot end the header early


def test_encoding_object_style(local_server: LocalServer) -> None:
    deep = PartEncoding(style=ParamStyle("deepObject", True))
    body = to_multipart(
        {
            "include": ["logprobs", "x"],
            "expires_after": {"anchor": "created_at", "seconds": 3600},
            "items": [{"price": "p1"}, {"price": "p2"}],
            "flat": ["a", "b"],
            "images": [b"1", b"2"],
        },
        file_fields=["images"],
        encoding={
            "items": PartEncoding(
                style=ParamStyle("deepObject", True, array_format="indices")
            ),
            "flat": PartEncoding(style=ParamStyle("pipeDelimited", False)),
        },
        default=deep,
    )
    parts = send(local_server, body)
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("include[]", None, b"logprobs"),
        ("include[]", None, b"x"),
        ("expires_after[anchor]", None, b"created_at"),
        ("expires_after[seconds]", None, b"3600"),
        ("items[0][price]", None, b"p1"),
        ("items[1][price]", None, b"p2"),
        ("flat", None, b"a|b"),
        ("images[]", "upload", b"1"),
        ("images[]", "upload", b"2"),
    ]


def test_read_file_forms(tmp_path: Path) -> None:
    path = tmp_path / "pic.jpeg"
    path.write_bytes(b"jpg")
    assert read_file(b"x") == ("upload", b"x", "application/octet-stream")
    assert read_file(path) == ("pic.jpeg", b"jpg", "image/jpeg")
    assert read_file(("a.bin", path)) == ("a.bin", b"jpg", "application/octet-stream")
    assert read_file(("t.txt", "text content")) == (
        "t.txt",
        b"text content",
        "text/plain",
    )
    with pytest.raises(TypeError, match="str is not accepted"):
        read_file("path/as/string")
    with pytest.raises(TypeError, match="binary mode"):
        read_file(io.StringIO("x"))


def test_to_multipart_encoding() -> None:
    body = to_multipart(
        {"a": ["1", "2"], "f": b"data", "skip": None}, file_fields=["f"]
    )
    assert [(p.name, p.content) for p in body.parts] == [
        ("a", b"1"),
        ("a", b"2"),
        ("f", b"data"),
    ]
    encoded, content_type = body.encode(boundary="XyZ")
    assert content_type == "multipart/form-data; boundary=XyZ"
    assert encoded.startswith(
        b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'
    )
    assert encoded.endswith(b"--XyZ--\r\n")


def test_filename_escaping(local_server: LocalServer) -> None:
    body = to_multipart({"f": ('we"ird\nname.txt', b"x")}, file_fields=["f"])
    parts = send(local_server, body)
    assert parts[0].filename is not None and "\n" not in parts[0].filename


@pytest.mark.anyio
async def test_async_multipart(local_server: LocalServer) -> None:
    body = build_multipart(
        Upload, {"file": b"abc", "purpose": "p", "tags": ["x"]}, FILE_FIELDS
    )
    local_server.enqueue(Reply.json({"id": "file_1"}))
    async with AsyncClient(base_url=local_server.url, api_key=API_KEY) as client:
        assert await client.request("POST", "/files", multipart=body) == {
            "id": "file_1"
        }
    assert as_tuples(local_server.last.multipart()) == [
        ("purpose", None, b"p"),
        ("tags", None, b"x"),
        ("file", "upload", b"abc"),
    ]
