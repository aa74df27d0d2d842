"""Multipart upload from an open binary file."""

from aibrary import Client, models

client = Client()
with open("tests/assets/file.mp3", "rb") as audio_file:
    transcript = client.audio.transcriptions.create(
        model="whisper-1",
        file=audio_file,
        language="en",
        response_format="verbose_json",
        timestamp_granularities=["word", "segment"],
    )
if isinstance(transcript, models.TranscriptionVerboseJson):
    text: str = transcript.text
    duration: float = transcript.duration
    print(text, duration)
else:
    plain: str = transcript
    print(plain)
