"""Status errors: classes, bodies, messages, and the API key never leaking."""

from __future__ import annotations

import logging

import httpx
import pytest
from runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
)
from runtime_support import (
    API_KEY,
    AsyncClient,
    Client,
    ErrorBody,
    HTTPValidationError,
    Pet,
    client_class,
)

from tests.servers.local_server import LocalServer, Reply


def make_client(server: LocalServer, **kwargs: object) -> Client:
    return Client(base_url=server.url, api_key=API_KEY, max_retries=0, **kwargs)  # type: ignore[arg-type]


def test_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(APIStatusError, APIError)
    assert issubclass(APIResponseValidationError, APIError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(cls, APIStatusError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (402, APIStatusError),
        (418, APIStatusError),
    ],
)
def test_status_to_class(
    local_server: LocalServer, status: int, cls: type[APIStatusError]
) -> None:
    local_server.enqueue(Reply.json({"error": {"message": "nope"}}, status=status))
    with make_client(local_server) as client, pytest.raises(APIStatusError) as info:
        client.request("POST", "/things", json_body={"a": 1})
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert isinstance(error.response, httpx.Response)
    assert error.body == {"error": {"message": "nope"}}
    assert f"Error code: {status}" in str(error)
    assert "POST" in str(error) and "/things" in str(error)
    assert "nope" in str(error)


def test_typed_error_body(local_server: LocalServer) -> None:
    detail = [{"loc": ["body", "name"], "msg": "field required", "type": "missing"}]
    local_server.enqueue(
        Reply.json({"detail": detail}, status=422),
        Reply.json({"error": {"code": 7}}, status=500),
        Reply.json({"unexpected": True}, status=422),
    )
    error_types = {422: HTTPValidationError, 0: ErrorBody}
    with make_client(local_server) as client:
        with pytest.raises(UnprocessableEntityError) as info:
            client.request("POST", "/pets", json_body={}, error_types=error_types)
        # .body stays the JSON, as a user indexes it; the typed model is .error_model
        assert info.value.body == {"detail": detail}
        assert info.value.body["detail"][0]["loc"] == ["body", "name"]  # type: ignore[index]
        assert isinstance(info.value.error_model, HTTPValidationError)
        assert info.value.error_model.detail == detail
        # key 0 is the default for any other status
        with pytest.raises(InternalServerError) as info2:
            client.request("POST", "/pets", json_body={}, error_types=error_types)
        assert info2.value.body == {"error": {"code": 7}}
        assert isinstance(info2.value.error_model, ErrorBody)
        assert info2.value.error_model.error == {"code": 7}
        # a body that does not match the error model: plain JSON, no model, nothing raised
        with pytest.raises(UnprocessableEntityError) as info3:
            client.request("POST", "/pets", json_body={}, error_types=error_types)
        assert info3.value.body == {"unexpected": True}
        assert info3.value.error_model is None
    assert "field required" in str(info.value)  # the excerpt comes from the JSON body


def test_error_model_is_none_without_a_declared_type(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"detail": [{"loc": ["query", "q"]}]}, status=422),
        Reply.text("upstream failed", status=400),
        Reply.text("not json", status=422),
    )
    with make_client(local_server) as client:
        with pytest.raises(UnprocessableEntityError) as info:
            client.request("GET", "/search")
        assert info.value.body == {"detail": [{"loc": ["query", "q"]}]}
        assert info.value.error_model is None
        with pytest.raises(BadRequestError) as info2:
            client.request("GET", "/search", error_types={400: HTTPValidationError})
        assert info2.value.body == "upstream failed"  # text, never parsed as the model
        assert info2.value.error_model is None
        with pytest.raises(UnprocessableEntityError) as info3:
            client.request("GET", "/search", error_types={422: HTTPValidationError})
        assert info3.value.body == "not json" and info3.value.error_model is None
    factory = make_status_error(info.value.response, {"detail": []})
    assert factory.error_model is None


def test_text_and_empty_error_bodies(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.text("Bad Gateway from proxy", status=400),
        Reply(status=404),
        Reply.text(
            "<html>" + "x" * 5000 + "</html>", status=403, content_type="text/html"
        ),
    )
    with make_client(local_server) as client:
        with pytest.raises(BadRequestError) as info:
            client.request("GET", "/a")
        assert info.value.body == "Bad Gateway from proxy"
        with pytest.raises(NotFoundError) as info2:
            client.request("GET", "/b")
        assert info2.value.body is None
        with pytest.raises(PermissionDeniedError) as info3:
            client.request("GET", "/c")
        assert len(str(info3.value)) < 700  # a short excerpt, not the whole page


def test_request_id(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}, status=400, headers={"x-request-id": "req_42"}))
    with make_client(local_server) as client, pytest.raises(APIStatusError) as info:
        client.request("GET", "/a")
    assert info.value.request_id == "req_42"


@pytest.mark.parametrize("kind", ["bearer", "header", "query", "basic"])
def test_api_key_never_in_errors_or_reprs(
    local_server: LocalServer, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    cls = client_class(
        kind, name="Authorization" if kind in ("bearer", "basic") else "api_key"
    )
    key = API_KEY if kind != "basic" else f"user:{API_KEY}"
    # the server echoes the key back in its error body, in the worst way
    local_server.enqueue(
        Reply.json(
            {"error": {"message": f"invalid key {key} / {API_KEY}"}}, status=401
        ),
        Reply.json({"error": "x"}, status=500),
        Reply.json({"error": "x"}, status=500),
        Reply.text(f"not json {API_KEY}"),
    )
    caplog.set_level(logging.DEBUG, logger="rttest")
    with cls(base_url=local_server.url, api_key=key, max_retries=1) as client:
        assert API_KEY not in repr(client) and API_KEY not in str(client)
        errors: list[APIError] = []
        for _ in range(2):
            with pytest.raises(APIStatusError) as info:
                client.request("GET", "/secret", query={"q": "x"})
            errors.append(info.value)
        with pytest.raises(APIResponseValidationError) as info3:
            client.request("GET", "/secret", cast_to=Pet)
        errors.append(info3.value)
    for error in errors:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert API_KEY not in error.message
    assert "/secret" in str(errors[0])
    assert caplog.records, "expected debug log lines"
    assert all(API_KEY not in record.getMessage() for record in caplog.records)
    if kind == "query":
        assert local_server.requests[0].query["api_key"] == [API_KEY]
        assert "api_key=***" in str(errors[0])


def test_connection_error_repr_has_no_key(refused_url: str) -> None:
    cls = client_class("query", name="key")
    with (
        cls(base_url=refused_url, api_key=API_KEY, max_retries=0) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.request("GET", "/x")
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


def test_make_status_error_factory() -> None:
    request = httpx.Request("GET", "https://api.example.com/v1/x?token=abc123&page=2")
    response = httpx.Response(404, request=request, json={"error": "missing"})
    error = make_status_error(response, {"error": "missing"})
    assert isinstance(error, NotFoundError)
    assert error.body == {"error": "missing"}
    assert "token=%2A%2A%2A" in str(error) or "token=***" in str(error)
    assert "abc123" not in str(error)
    assert "page=2" in str(error)
    custom = make_status_error(
        response, None, message="custom abc123", secrets=["abc123"]
    )
    assert str(custom) == "custom ***"


def test_malformed_json_response(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.text('{"id": 1, "name": ', content_type="application/json"),
        Reply.text('{"id": 1, "name": ', content_type="application/json"),
        Reply.json({"id": "not-an-int", "name": "Rex"}),
    )
    with make_client(local_server) as client:
        with pytest.raises(APIResponseValidationError, match="not valid JSON") as info:
            client.request("GET", "/pets/1", cast_to=Pet)
        assert info.value.status_code == 200
        assert info.value.body == '{"id": 1, "name": '
        with pytest.raises(APIResponseValidationError, match="not valid JSON"):
            client.request("GET", "/pets/1")  # cast_to=None: plain JSON
        with pytest.raises(
            APIResponseValidationError, match="does not match Pet"
        ) as info2:
            client.request("GET", "/pets/1", cast_to=Pet)
        assert info2.value.body == {"id": "not-an-int", "name": "Rex"}


@pytest.mark.anyio
async def test_async_status_errors(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"detail": []}, status=422),
        Reply.json({"error": "conflict"}, status=409),
    )
    async with AsyncClient(
        base_url=local_server.url, api_key=API_KEY, max_retries=0
    ) as client:
        with pytest.raises(UnprocessableEntityError) as info:
            await client.request("POST", "/x", error_types={422: HTTPValidationError})
        assert info.value.body == {"detail": []}
        assert isinstance(info.value.error_model, HTTPValidationError)
        with pytest.raises(ConflictError):
            await client.request("POST", "/x")
        assert API_KEY not in repr(client)
