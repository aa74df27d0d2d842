"""Request bodies described by ``TypedDict`` shapes, as the generator writes them per request body.

``build_json_body(shape, values)`` and ``build_multipart(shape, values, file_fields)`` take a
pydantic model class or a ``TypedDict`` class (``total=False``, ``Required[...]``, JSON key names,
``@pydantic.with_config(ConfigDict(extra="allow"))``): the values are validated before anything is
sent, then dumped as JSON (absent keys stay absent, ``None`` is ``null``, extra keys are kept).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Literal, Required

import pydantic
import pytest
from pydantic import ConfigDict, Field, TypeAdapter, ValidationError
from runtime import (
    NOT_GIVEN,
    BaseModel,
    FileInput,
    LenientLiteral,
    SequenceNotStr,
    build_json_body,
    build_multipart,
    check_params,
)
from runtime_support import API_KEY, AsyncClient, Client
from typing_extensions import TypedDict

from tests.servers.local_server import LocalServer, Reply

# --- shapes as the generator writes them ------------------------------------------------------


class Message(BaseModel):
    """The response model: ``id`` is a required, readOnly property."""

    id: str
    role: Annotated[Literal["system", "user", "assistant"], LenientLiteral]
    content: str | None = None
    created_at: dt.datetime | None = None


@pydantic.with_config(ConfigDict(extra="allow"))
class MessageParam(TypedDict, total=False):
    """The request shape of ``Message``: ``id`` (readOnly) is left out."""

    role: Required[Literal["system", "user", "assistant"]]
    content: str | None
    created_at: dt.datetime


@pydantic.with_config(ConfigDict(extra="allow"))
class ThreadCreateParams(TypedDict, total=False):
    messages: Required[Sequence[Message | MessageParam]]
    title: str | None
    tags: SequenceNotStr[str]
    metadata: Mapping[str, str]
    starts_at: dt.datetime
    mode: Literal["fast", "careful"]


@pydantic.with_config(ConfigDict(extra="forbid"))
class ClosedParams(TypedDict, total=False):
    """A schema with ``additionalProperties: false``."""

    name: Required[str]
    size: int


@pydantic.with_config(ConfigDict(extra="allow"))
class UploadParams(TypedDict, total=False):
    file: Required[FileInput]
    purpose: Required[Literal["assistants", "batch"]]
    attachments: Sequence[FileInput]
    labels: SequenceNotStr[str]
    expires_at: dt.datetime
    options: Mapping[str, int]


def make_client(server: LocalServer) -> Client:
    return Client(base_url=server.url, api_key=API_KEY, max_retries=0)


# --- JSON bodies ------------------------------------------------------------------------------


def test_typeddict_body_round_trip(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"ok": True}))
    values = {
        # a dict without the model's required (readOnly) "id" fits the TypedDict variant
        "messages": (
            {
                "role": "user",
                "content": "hi",
                "created_at": dt.datetime(2024, 1, 2, 3, 4, 5),
            },
            # a model instance is accepted too, and sends only the fields it was given
            Message(id="msg_1", role="assistant", content=None),
        ),
        "title": None,  # explicit None is sent as null
        "tags": ("a", "b"),  # a tuple for a Sequence is sent as an array
        "metadata": {"k": "v"},
        "starts_at": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        "mode": NOT_GIVEN,  # not given: absent
    }
    with make_client(local_server) as client:
        result = client.request(
            "POST", "/threads", json_body=build_json_body(ThreadCreateParams, values)
        )
    assert result == {"ok": True}
    assert local_server.last.body == (
        b'{"messages":[{"role":"user","content":"hi","created_at":"2024-01-02T03:04:05"},'
        b'{"id":"msg_1","role":"assistant","content":null}],"title":null,"tags":["a","b"],'
        b'"metadata":{"k":"v"},"starts_at":"2024-01-02T03:04:05Z"}'
    )


def test_typeddict_body_keeps_extra_keys(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}))
    with make_client(local_server) as client:
        client.request(
            "POST",
            "/threads",
            json_body=build_json_body(
                ThreadCreateParams,
                {
                    "messages": [{"role": "user", "reasoning": {"effort": "low"}}],
                    "beta_flag": True,  # a key the spec does not know yet
                },
            ),
        )
    assert local_server.last.json() == {
        "messages": [{"role": "user", "reasoning": {"effort": "low"}}],
        "beta_flag": True,
    }


def test_typeddict_body_mismatch_raises_before_sending(
    local_server: LocalServer,
) -> None:
    with make_client(local_server) as client:
        with pytest.raises(ValidationError) as info:
            client.request(
                "POST",
                "/threads",
                json_body=build_json_body(
                    ThreadCreateParams, {"messages": [], "mode": "reckless"}
                ),
            )
        assert [e["loc"] for e in info.value.errors()] == [("mode",)]
        with pytest.raises(ValidationError) as info2:
            build_json_body(ThreadCreateParams, {"messages": [{"role": "robot"}]})
        locs = {e["loc"][:2] for e in info2.value.errors()}
        assert locs == {("messages", 0)}
        assert any(e["loc"][-1] == "role" for e in info2.value.errors())
        with pytest.raises(ValidationError) as info3:
            build_json_body(ThreadCreateParams, {"title": "no messages"})
        assert info3.value.errors()[0]["loc"] == ("messages",)
        assert info3.value.errors()[0]["type"] == "missing"
        with pytest.raises(ValidationError) as info4:
            build_json_body(ThreadCreateParams, {"messages": [], "tags": "not-a-list"})
        assert info4.value.errors()[0]["loc"] == ("tags",)
        with pytest.raises(ValidationError) as info5:
            build_json_body(ClosedParams, {"name": "x", "colour": "red"})
        assert info5.value.errors()[0]["loc"] == ("colour",)
        assert info5.value.errors()[0]["type"] == "extra_forbidden"
    assert local_server.requests == []


def test_model_shapes_still_work(local_server: LocalServer) -> None:
    class CreatePet(BaseModel):
        name: str
        from_: str | None = Field(default=None, alias="from")
        born: dt.date | None = None

    local_server.enqueue(Reply.json({}))
    with make_client(local_server) as client:
        client.request(
            "POST",
            "/pets",
            json_body=build_json_body(
                CreatePet, {"name": "Rex", "from": None, "born": dt.date(2020, 5, 1)}
            ),
        )
    assert local_server.last.body == b'{"name":"Rex","from":null,"born":"2020-05-01"}'
    check_params(ClosedParams, {"name": "x", "size": NOT_GIVEN})
    with pytest.raises(ValidationError):
        check_params(ClosedParams, {"name": 3})


# --- multipart --------------------------------------------------------------------------------


def test_typeddict_multipart(local_server: LocalServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"some notes")
    local_server.enqueue(Reply.json({"id": "file_1"}))
    body = build_multipart(
        UploadParams,
        {
            "file": ("data.jsonl", b'{"a": 1}\n', "application/jsonl"),
            "purpose": "batch",
            "attachments": [path, b"\x00\x01"],
            "labels": ("x", "y"),
            "expires_at": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
            "options": {"n": 1},
            "note": "extra form field",
        },
        file_fields=("file", "attachments"),
    )
    with make_client(local_server) as client:
        assert client.request("POST", "/files", multipart=body) == {"id": "file_1"}
    parts = [
        (p.name, p.filename, p.content_type, p.data)
        for p in local_server.last.multipart()
    ]
    assert parts == [
        ("purpose", None, None, b"batch"),
        ("labels", None, None, b"x"),
        ("labels", None, None, b"y"),
        ("expires_at", None, None, b"2024-01-02T03:04:05Z"),
        ("options", None, "application/json", b'{"n":1}'),
        ("note", None, None, b"extra form field"),
        ("file", "data.jsonl", "application/jsonl", b'{"a": 1}\n'),
        ("attachments", "notes.txt", "text/plain", b"some notes"),
        ("attachments", "upload", "application/octet-stream", b"\x00\x01"),
    ]


def test_typeddict_multipart_mismatch_raises_before_sending(
    local_server: LocalServer,
) -> None:
    with pytest.raises(ValidationError) as info:
        build_multipart(UploadParams, {"file": b"x", "purpose": "fun"}, ("file",))
    assert info.value.errors()[0]["loc"] == ("purpose",)
    with pytest.raises(ValidationError) as info2:
        build_multipart(
            UploadParams, {"file": "a str is not a file", "purpose": "batch"}
        )
    assert info2.value.errors()[0]["loc"] == ("file",)
    assert local_server.requests == []


@pytest.mark.anyio
async def test_async_typeddict_body(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}))
    async with AsyncClient(
        base_url=local_server.url, api_key=API_KEY, max_retries=0
    ) as client:
        await client.request(
            "POST",
            "/threads",
            json_body=build_json_body(
                ThreadCreateParams,
                {"messages": [{"role": "system", "content": "be brief"}]},
            ),
        )
    assert local_server.last.json() == {
        "messages": [{"role": "system", "content": "be brief"}]
    }


# --- SequenceNotStr ---------------------------------------------------------------------------


def test_sequence_not_str_validates_as_a_sequence() -> None:
    @pydantic.with_config(ConfigDict(extra="allow"))
    class Params(TypedDict, total=False):
        stop: SequenceNotStr[str]

    adapter = TypeAdapter(Params)
    assert adapter.validate_python({"stop": ["a", "b"]}) == {"stop": ["a", "b"]}
    assert adapter.validate_python({"stop": ("a", "b")}) == {"stop": ("a", "b")}
    assert adapter.dump_python({"stop": ("a", "b")}, mode="json") == {
        "stop": ["a", "b"]
    }
    with pytest.raises(ValidationError):
        adapter.validate_python(
            {"stop": "ab"}
        )  # pydantic refuses a str for a Sequence too


def test_sequence_not_str_rejects_a_str_for_type_checkers(tmp_path: Path) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(
        "from runtime import SequenceNotStr\n"
        "\n"
        "def create(stop: SequenceNotStr[str]) -> None: ...\n"
        "\n"
        'create(["a"])\n'
        'create(("a", "b"))\n'
        'create("ab")\n'
    )
    templates = Path(__file__).resolve().parents[2] / "templates"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(source),
        ],
        check=False,
        cwd=tmp_path,
        env={"MYPYPATH": str(templates), "PATH": ""},
        capture_output=True,
        text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    expected = (
        'user_code.py:7: error: Argument 1 to "create" has incompatible type "str"; '
        'expected "SequenceNotStr[str]"  [arg-type]'
    )
    assert errors == [expected], result.stdout
