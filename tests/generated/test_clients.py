"""Generated clients making real HTTP round trips to the local test server."""

from __future__ import annotations

import asyncio
import json

import pydantic
import pytest

from tests.servers.local_server import Reply

CHAT_RESPONSE = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-audio-preview-2024-10-01@openai",
    "choices": [
        {
            "finish_reason": "stop",
            "index": 0,
            "message": {"content": "سلام", "role": "assistant", "brand_new_field": {"x": 1}},
            "logprobs": None,
        }
    ],
    "usage": {"completion_tokens": 1, "prompt_tokens": 2, "total_tokens": 3, "completion_tokens_details": {"reasoning_tokens": 0, "future": 7}},
    "service_tier": "a-tier-added-later",
    "system_fingerprint": "fp",
}


def test_aibrary_chat_completion_round_trip(local_server):
    from aibrary import Client, models

    local_server.enqueue(Reply.json(CHAT_RESPONSE))
    with Client(base_url=local_server.url, api_key="sk-test-123") as client:
        result = client.chat.completions.create(
            model="gpt-4o-audio-preview-2024-10-01@openai",
            modalities=["text", "audio"],
            audio={"voice": "alloy", "format": "wav"},
            messages=[
                {"role": "system", "content": "translate to persian"},
                models.ChatCompletionUserMessageParam(
                    role="user",
                    content=[{"type": "input_audio", "input_audio": {"data": "bXAz", "format": "mp3"}}],
                ),
            ],
            logit_bias={"50256": -100},
            user=None,
        )
    request = local_server.last
    assert request.method == "POST" and request.path == "/v0/chat/completions"
    assert request.header("authorization") == "Bearer sk-test-123"
    body = request.json()
    assert body["messages"][1]["content"][0] == {"type": "input_audio", "input_audio": {"data": "bXAz", "format": "mp3"}}
    assert body["logit_bias"] == {"50256": -100}
    assert body["user"] is None  # an explicit None is sent as null
    assert "temperature" not in body  # optional fields not given are left out
    assert isinstance(result, models.ChatCompletionResponse)
    assert result.choices[0].message.content == "سلام"
    assert result.choices[0].message.model_extra == {"brand_new_field": {"x": 1}}  # unknown fields kept
    assert result.service_tier == "a-tier-added-later"  # unknown enum values kept
    assert result.usage.completion_tokens_details.model_extra == {"future": 7}


def test_arguments_are_checked_before_any_request(local_server):
    from aibrary import Client

    client = Client(base_url=local_server.url, api_key="k")
    with pytest.raises(pydantic.ValidationError) as exc:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": 42}], temperature="hot")
    assert "temperature" in str(exc.value)
    assert local_server.requests == []


def test_validation_error_body_is_json_and_the_model_is_typed(local_server):
    from aibrary import Client, UnprocessableEntityError, models

    detail = {"detail": [{"loc": ["body", "model"], "msg": "field required", "type": "missing"}]}
    local_server.enqueue(Reply.json(detail, status=422))
    client = Client(base_url=local_server.url, api_key="secret-key-value", max_retries=0)
    with pytest.raises(UnprocessableEntityError) as exc:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.status_code == 422
    # CONTRACT.md: .body is the parsed JSON, as people index it; the declared model beside it
    assert exc.value.body == detail
    assert exc.value.body["detail"][0]["loc"] == ["body", "model"]
    assert isinstance(exc.value.error_model, models.HTTPValidationError)
    assert exc.value.error_model.detail[0].loc == ["body", "model"]
    assert "secret-key-value" not in str(exc.value) + repr(exc.value) + repr(client)


def test_transcription_is_multipart(local_server, tmp_path):
    from aibrary import Client, models

    verbose = {"text": "hello", "task": "transcribe", "language": "en", "duration": 1.5, "words": [{"word": "hello", "start": 0, "end": 1}]}
    local_server.enqueue(Reply.json(verbose))
    audio = tmp_path / "file.mp3"
    audio.write_bytes(b"ID3fake-mp3")
    with Client(base_url=local_server.url, api_key="k") as client:
        result = client.audio.transcriptions.create(model="whisper-1", file=audio, timestamp_granularities=["word", "segment"])
    parts = {p.name: p for p in local_server.last.multipart()}
    assert parts["file"].filename == "file.mp3" and parts["file"].data == b"ID3fake-mp3"
    assert parts["model"].text == "whisper-1"
    assert [p.text for p in local_server.last.multipart() if p.name == "timestamp_granularities"] == ["word", "segment"]
    assert isinstance(result, models.TranscriptionVerboseJson)
    assert result.words[0].word == "hello"


def test_openai_multipart_arrays_use_brackets(local_server):
    # pyproject.toml sets body-style = "deepObject" for openai_audio: the OpenAI API reads
    # `timestamp_granularities[]` (what its SDK and its curl examples send), not repeated parts
    from openai_audio import Client

    local_server.enqueue(Reply.json({"text": "hi"}))
    with Client(base_url=local_server.url, api_key="k") as client:
        client.audio.transcriptions.create(
            model="whisper-1", file=("a.mp3", b"ID3"), timestamp_granularities=["word", "segment"]
        )
    parts = local_server.last.multipart()
    assert {p.name for p in parts} == {"file", "model", "timestamp_granularities[]"}
    assert [p.data for p in parts if p.name == "timestamp_granularities[]"] == [b"word", b"segment"]


def _chunk(i: int) -> dict:
    return {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [{"delta": {"content": f"t{i}"}, "index": 0}]}


def test_seed_stream_defaults_to_streaming_and_yields_chunks(local_server):
    from chat_streaming import Client, Stream, models

    events = [f"data: {json.dumps(_chunk(i))}\n\n" for i in range(3)] + ["data: [DONE]\n\n"]
    local_server.enqueue(Reply.sse(events))
    client = Client(base_url=local_server.url)
    stream = client.chat.completions.create(messages=[{"role": "user", "content": "hi"}])
    assert isinstance(stream, Stream)
    with stream:
        chunks = list(stream)
    assert [type(c) for c in chunks] == [models.ChatCompletionChunk] * 3
    assert [c.choices[0].delta.content for c in chunks] == ["t0", "t1", "t2"]
    assert "stream" not in local_server.last.json()  # the spec's default (true) is the server's


def test_seed_union_resolves_full_response_without_streaming(local_server):
    from chat_streaming import Client, models

    full = {"id": "c", "object": "chat.completion", "choices": [{"message": {"content": "hi"}, "index": 0}]}
    local_server.enqueue(Reply.json(full))
    result = Client(base_url=local_server.url).chat.completions.create(messages=[{"role": "user", "content": "hi"}], stream=False)
    assert isinstance(result, models.ChatCompletionResponse)
    assert local_server.last.json()["stream"] is False


def test_seed_union_resolves_by_structure_at_every_depth():
    from chat_streaming import models
    from chat_streaming._runtime import parse_json

    chunk = json.dumps(_chunk(0)).encode()
    full = json.dumps({"id": "x", "choices": [{"message": {"content": "hi"}, "index": 0}]}).encode()
    assert type(parse_json(models.CreateChatCompletionResponse, chunk)) is models.ChatCompletionChunk
    assert type(parse_json(models.CreateChatCompletionResponse, full)) is models.ChatCompletionResponse


def test_content_parts_are_a_discriminated_union_without_a_declared_discriminator():
    from aibrary import models

    message = models.ChatCompletionUserMessageParam.model_validate(
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "image_url", "image_url": {"url": "u"}}, {"type": "file", "file": {"file_id": "f"}}]}
    )
    assert [type(p).__name__ for p in message.content] == ["ChatCompletionContentPartText", "ChatCompletionContentPartImage", "File"]
    with pytest.raises(pydantic.ValidationError) as exc:
        models.ChatCompletionUserMessageParam.model_validate({"role": "user", "content": [{"type": "video", "video": {}}]})
    assert "tag" in str(exc.value)  # rejected by tag, not by trying every variant


def test_any_additional_property_fields_accept_arbitrary_keys():
    from aibrary import models

    request = models.ChatCompletionRequest.model_validate({"model": "m", "messages": [], "logit_bias": {"1": 5, "anything": -3}})
    assert request.logit_bias == {"1": 5, "anything": -3}
    with pytest.raises(pydantic.ValidationError):
        models.ChatCompletionRequest.model_validate({"model": "m", "messages": [], "logit_bias": {"1": "not an int"}})
    usage = models.CompletionUsage.model_validate({"completion_tokens": 1, "prompt_tokens": 1, "total_tokens": 2, "whatever": [1]})
    assert usage.model_extra == {"whatever": [1]}


def test_binary_and_delete_and_query(local_server):
    from openai_audio import Client, models

    local_server.enqueue(Reply.binary(b"\x00\x01audio", content_type="audio/mpeg"))
    local_server.enqueue(Reply.json({"id": "file-1", "object": "file", "deleted": True}))
    local_server.enqueue(Reply.json({"object": "list", "data": []}))
    client = Client(base_url=local_server.url, api_key="k")
    assert client.audio.speech.create(model="tts-1", input="hi", voice="alloy") == b"\x00\x01audio"
    deleted = client.files.delete(file_id="file/../1")
    assert isinstance(deleted, models.DeleteFileResponse) and deleted.deleted is True
    assert local_server.requests[1].path == "/files/file%2F..%2F1"  # path values cannot add segments
    client.files.list(purpose="assistants")
    assert local_server.last.query == {"purpose": ["assistants"]}


def test_async_client_round_trip(local_server):
    from aibrary import AsyncClient, models

    local_server.enqueue(Reply.json(CHAT_RESPONSE))

    async def main() -> object:
        async with AsyncClient(base_url=local_server.url, api_key="k") as client:
            return await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])

    result = asyncio.run(main())
    assert isinstance(result, models.ChatCompletionResponse)


def test_query_arguments_are_checked_before_any_request(local_server):
    from openai_audio import Client

    client = Client(base_url=local_server.url, api_key="k")
    with pytest.raises(pydantic.ValidationError) as exc:
        client.assistants.list(limit="twenty", order="sideways")
    assert "limit" in str(exc.value) and "order" in str(exc.value)
    assert local_server.requests == []


FORM_SPEC = """openapi: 3.0.3
info: {title: Payments, version: '1'}
paths:
  /v1/charges:
    post:
      operationId: PostCharges
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [amount]
              properties:
                amount: {type: integer}
                capture: {type: boolean}
                metadata: {type: object, additionalProperties: {type: string}}
                expand: {type: array, items: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""


def test_form_bodies_are_form_encoded(local_server, tmp_path, monkeypatch):
    import importlib
    import sys

    from generator.cli import main

    spec = tmp_path / "payments.yaml"
    spec.write_text(FORM_SPEC)
    monkeypatch.setenv("OPENAPI_PYCLIENT_NO_CACHE", "1")
    assert main(["generate", str(spec), "--out", str(tmp_path / "dist")]) == 0
    monkeypatch.syspath_prepend(str(tmp_path / "dist"))
    payments = importlib.import_module("payments")
    local_server.enqueue(Reply.json({"id": "ch_1"}))
    result = payments.Client(base_url=local_server.url).charges.create(
        amount=100, capture=False, metadata={"order": "6735"}, expand=["customer", "invoice"]
    )
    request = local_server.last
    assert request.header("content-type") == "application/x-www-form-urlencoded"
    # no Encoding Object: OpenAPI's default, form with explode (an object's properties become
    # fields); a spec states Stripe's brackets with `style: deepObject` (tests/generated/test_bodies.py)
    assert request.body == b"amount=100&capture=false&order=6735&expand=customer&expand=invoice"
    assert result.id == "ch_1"
    for name in [m for m in sys.modules if m == "payments" or m.startswith("payments.")]:
        del sys.modules[name]


def test_import_and_client_creation_load_neither_httpx_nor_pydantic():
    import subprocess
    import sys

    from tests.generated.conftest import GENERATED

    code = (
        "import sys\n"
        "import aibrary\n"
        "client = aibrary.Client(api_key='k')\n"
        "client.chat.completions\n"
        "client.with_raw_response.audio.transcriptions\n"
        "assert 'httpx' not in sys.modules and 'pydantic' not in sys.modules, sorted(sys.modules)\n"
        "print('lazy')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=GENERATED / "aibrary", capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "lazy", out.stderr


def test_unknown_union_tag_in_a_response_is_kept_not_an_error():
    from aibrary import models
    from aibrary._runtime import parse_json

    payload = b'{"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "video_url", "video_url": {"url": "v"}}]}'
    message = parse_json(models.ChatCompletionUserMessageParam, payload)
    assert type(message.content[0]).__name__ == "ChatCompletionContentPartText"
    assert message.content[1] == {"type": "video_url", "video_url": {"url": "v"}}
    with pytest.raises(pydantic.ValidationError):  # building a request stays strict
        models.ChatCompletionUserMessageParam.model_validate_json(payload)


def test_async_stream_of_the_seed_operation(local_server):
    from chat_streaming import AsyncClient, AsyncStream, models

    events = [f"data: {json.dumps(_chunk(i))}\r\n\r\n" for i in range(2)] + ["data: [DONE]\r\n\r\n"]
    local_server.enqueue(Reply.sse(events))

    async def main() -> list:
        async with AsyncClient(base_url=local_server.url) as client:
            stream = await client.chat.completions.create(messages=[{"role": "user", "content": "hi"}])
            assert isinstance(stream, AsyncStream)
            async with stream:
                return [chunk async for chunk in stream]

    chunks = asyncio.run(main())
    assert [type(c) for c in chunks] == [models.ChatCompletionChunk] * 2


def test_retries_then_success_through_a_generated_client(local_server):
    from aibrary import Client

    local_server.enqueue(Reply.json({"error": "busy"}, status=503, headers={"Retry-After": "0"}))
    local_server.enqueue(Reply.json({"error": "busy"}, status=429, headers={"Retry-After": "0"}))
    local_server.enqueue(Reply.json(CHAT_RESPONSE))
    client = Client(base_url=local_server.url, api_key="k", max_retries=2)
    result = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert result.id == "chatcmpl-1"
    assert len(local_server.requests) == 3
    assert local_server.requests[0].body == local_server.requests[2].body  # the same body re-sent
    raw = client.with_options(max_retries=0).with_raw_response.chat.completions
    local_server.enqueue(Reply.json(CHAT_RESPONSE, headers={"x-request-id": "req_1"}))
    response = raw.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert response.status_code == 200 and response.headers["x-request-id"] == "req_1"
    assert response.parse().id == "chatcmpl-1"


def test_generated_distribution_builds_a_wheel_with_every_package(tmp_path):
    import shutil
    import subprocess
    import sys
    import zipfile

    from tests.generated.conftest import GENERATED

    source = tmp_path / "src"
    shutil.copytree(GENERATED / "aibrary", source)  # a build writes into the tree it builds
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("aibrary-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("aibrary/__init__.py", "aibrary/_client.py", "aibrary/py.typed", "aibrary/models/__init__.py", "aibrary/models/chat_completion_request.py", "aibrary/_runtime/_base_client.py", "aibrary/_resources/chat.py"):
        assert required in names, required
