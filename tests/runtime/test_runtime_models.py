"""Models, lenient enums, cached adapters, JSON bodies, and the NOT_GIVEN sentinel."""

from __future__ import annotations

import copy
import pickle
from typing import Annotated, Literal

import pytest
from pydantic import Field, ValidationError
from runtime import (
    NOT_GIVEN,
    BaseModel,
    LenientLiteral,
    NotGiven,
    Omit,
    build_json_body,
    build_json_value,
    lenient,
    parse_json,
    parse_python,
)
from runtime._models import get_adapter
from runtime_support import API_KEY, Client

from tests.servers.local_server import LocalServer, Reply


class Message(BaseModel):
    role: Annotated[Literal["system", "user", "assistant"], LenientLiteral]
    content: str | None = None


class Request(BaseModel):
    model: str
    messages: list[Message]
    temperature: float | None = None
    stream: bool | None = None
    from_: str | None = Field(default=None, alias="from")
    metadata: dict[str, str] | None = None


class Choice(BaseModel):
    finish_reason: Annotated[Literal["stop", "length"], lenient] | None = None
    message: Message


class Response(BaseModel):
    id: str
    choices: list[Choice]


def test_not_given_sentinel() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.copy(NOT_GIVEN) is NOT_GIVEN and copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert not Omit()


def test_base_model_config() -> None:
    config = BaseModel.model_config
    assert config["extra"] == "allow"
    assert config["populate_by_name"] is True
    assert config["protected_namespaces"] == ()

    # a field named like pydantic internals is fine
    class M(BaseModel):
        model_name: str

    assert M(model_name="x").model_name == "x"


def test_build_json_body_omits_not_given_and_keeps_none() -> None:
    body = build_json_body(
        Request,
        {
            "model": "gpt",
            "messages": [{"role": "user", "content": "hi"}, Message(role="system")],
            "temperature": None,
            "stream": NOT_GIVEN,
            "from": "me",
            "metadata": NOT_GIVEN,
        },
    )
    assert body == {
        "model": "gpt",
        "messages": [{"role": "user", "content": "hi"}, {"role": "system"}],
        "temperature": None,
        "from": "me",
    }


def test_build_json_body_validation_error_names_the_field(
    local_server: LocalServer,
) -> None:
    with pytest.raises(ValidationError) as info:
        build_json_body(Request, {"model": "gpt", "messages": [{"role": "robot"}]})
    assert info.value.errors()[0]["loc"] == ("messages", 0, "role")
    with pytest.raises(ValidationError) as info2:
        build_json_body(Request, {"model": 5, "messages": []})
    assert info2.value.errors()[0]["loc"] == ("model",)
    assert local_server.requests == []


def test_build_json_value_for_non_object_bodies() -> None:
    assert build_json_value(list[Message], [{"role": "user"}]) == [{"role": "user"}]
    assert build_json_value(list[int], NOT_GIVEN) is NOT_GIVEN
    with pytest.raises(ValidationError):
        build_json_value(list[int], ["x"])


def test_lenient_literal_only_in_lenient_context() -> None:
    with pytest.raises(ValidationError):
        Message(role="tool")  # type: ignore[arg-type]
    parsed = parse_json(Message, b'{"role": "tool", "content": "x"}')
    assert parsed.role == "tool"
    assert parse_python(Message, {"role": "developer"}).role == "developer"
    # still a type error for a non-string
    with pytest.raises(ValidationError):
        parse_python(Message, {"role": ["x"]})


def test_parse_response_keeps_unknown_fields_and_enum_values() -> None:
    raw = (
        b'{"id": "r1", "new": {"a": 1}, "choices": [{"finish_reason": "content_filter",'
        b' "message": {"role": "assistant", "content": "hi", "refusal": null}}]}'
    )
    response = parse_json(Response, raw)
    assert response.model_extra == {"new": {"a": 1}}
    assert response.choices[0].finish_reason == "content_filter"
    assert response.choices[0].message.model_extra == {"refusal": None}
    assert response.model_dump()["choices"][0]["finish_reason"] == "content_filter"


def test_adapters_are_cached() -> None:
    assert get_adapter(Response) is get_adapter(Response)
    assert get_adapter(list[Message]) is get_adapter(list[Message])
    assert parse_json(None, b"[1, 2]") == [1, 2]
    assert parse_python(None, {"a": 1}) == {"a": 1}
    assert parse_json(int | str, b'"x"') == "x"


def test_round_trip_through_the_server(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json(
            {
                "id": "r1",
                "choices": [
                    {"finish_reason": "stop", "message": {"role": "assistant"}}
                ],
            }
        )
    )
    with Client(base_url=local_server.url, api_key=API_KEY) as client:
        result = client.request(
            "POST",
            "/chat",
            json_body=build_json_body(
                Request, {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
            ),
            cast_to=Response,
        )
    assert isinstance(result, Response)
    assert result.choices[0].message.role == "assistant"
    assert local_server.last.json() == {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
    }


def test_not_given_pickles_to_the_singleton() -> None:
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
