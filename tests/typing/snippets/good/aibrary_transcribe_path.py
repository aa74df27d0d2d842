"""Multipart upload from a pathlib.Path, from bytes and from a (filename, content, type) tuple."""

from pathlib import Path

from aibrary import Client

audio = Path("tests/assets/file.mp3")
with Client() as client:
    client.audio.transcriptions.create(model="whisper-1", file=audio)
    client.audio.transcriptions.create(model="whisper-1", file=audio.read_bytes())
    client.audio.transcriptions.create(
        model="whisper-1", file=("speech.mp3", audio.read_bytes(), "audio/mpeg")
    )
