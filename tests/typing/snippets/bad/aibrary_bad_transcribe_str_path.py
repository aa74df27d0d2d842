"""Twin of good/aibrary_transcribe_path: a str file name is not a file (a Path is)."""

from aibrary import Client

client = Client()
client.audio.transcriptions.create(model="whisper-1", file="tests/assets/file.mp3")  # expect-error
