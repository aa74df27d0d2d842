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
