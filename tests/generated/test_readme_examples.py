"""The README's examples run as written, against the local server."""

from __future__ import annotations

import base64
import re

import pytest

from tests.generated.conftest import ROOT
from tests.servers.local_server import Reply

EXAMPLE = re.compile(r"<!-- example: (\w+) -->\n```python\n(.*?)```", re.DOTALL)


def examples() -> dict[str, str]:
    return dict(EXAMPLE.findall((ROOT / "README.md").read_text(encoding="utf-8")))


@pytest.fixture
def run_example(local_server, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("AIBRARY_BASE_URL", local_server.url)
    monkeypatch.setenv("AIBRARY_API_KEY", "readme-key")

    def run(name: str) -> str:
        exec(compile(examples()[name], f"README.md:{name}", "exec"), {"__name__": "__readme__"})  # noqa: S102
        return capsys.readouterr().out

    return run


def test_readme_has_the_seed_examples():
    assert {"translate", "transcribe"} <= set(examples())


def test_translate_example(local_server, run_example):
    local_server.enqueue(Reply.json({"id": "1", "object": "chat.completion", "created": 1, "model": "m", "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "سلام دنیا"}}]}))
    assert run_example("translate").strip() == "سلام دنیا"
    request = local_server.last
    assert request.header("authorization") == "Bearer readme-key"
    part = request.json()["messages"][1]["content"][0]
    assert part["type"] == "input_audio"
    assert base64.b64decode(part["input_audio"]["data"]) == (ROOT / "tests" / "assets" / "file.mp3").read_bytes()


def test_transcribe_example(local_server, run_example):
    local_server.enqueue(Reply.json({"text": "hello world", "task": "transcribe", "language": "en", "duration": 1.0}))
    assert run_example("transcribe").strip() == "hello world"
    parts = {p.name: p for p in local_server.last.multipart()}
    assert parts["file"].filename == "file.mp3"
    assert parts["model"].text == "whisper-1"


def _job(job_id: str) -> dict:
    return {
        "id": job_id, "object": "fine_tuning.job", "status": "succeeded", "model": "m", "seed": 1,
        "created_at": 1, "finished_at": 2, "fine_tuned_model": None, "organization_id": "o",
        "hyperparameters": {}, "trained_tokens": None, "error": None,
    }


def _jobs(ids: list[str], more: bool) -> Reply:
    return Reply.json({"object": "list", "data": [_job(i) for i in ids], "has_more": more})


def test_paginate_example(local_server, run_example, monkeypatch):
    monkeypatch.setenv("OPENAI_AUDIO_BASE_URL", local_server.url)
    monkeypatch.setenv("OPENAI_AUDIO_API_KEY", "readme-key")
    for reply in (
        _jobs(["a", "b"], True), _jobs(["c"], True), _jobs(["d"], False),  # the for loop: 3 pages
        _jobs(["a", "b"], True), _jobs(["c"], False),  # one page, then the next
    ):
        local_server.enqueue(reply)
    out = run_example("paginate").splitlines()
    assert out == ["a succeeded", "b succeeded", "c succeeded", "d succeeded", "True ['a', 'b']"]
    targets = [r.target for r in local_server.requests]
    assert targets == [
        "/fine_tuning/jobs?limit=20",
        "/fine_tuning/jobs?limit=20&after=b",
        "/fine_tuning/jobs?limit=20&after=c",
        "/fine_tuning/jobs?limit=20",
        "/fine_tuning/jobs?limit=20&after=b",
    ]


def test_security_missing_example(local_server, run_example, monkeypatch):
    monkeypatch.delenv("AIBRARY_API_KEY")
    assert run_example("security_missing").strip() == "(('HTTPBearer',),)"
    assert local_server.requests == []  # refused before sending


def test_streaming_download_example(local_server, run_example, monkeypatch, tmp_path):
    monkeypatch.setenv("OPENAI_AUDIO_BASE_URL", local_server.url)
    monkeypatch.setenv("OPENAI_AUDIO_API_KEY", "readme-key")
    monkeypatch.chdir(tmp_path)
    local_server.enqueue(Reply(headers={"Content-Type": "audio/mpeg"}, chunks=[b"ID3", b"-mp3-bytes"]))
    run_example("streaming_download")
    assert (tmp_path / "hello.mp3").read_bytes() == b"ID3-mp3-bytes"
    assert local_server.last.json()["input"] == "Hello!"
