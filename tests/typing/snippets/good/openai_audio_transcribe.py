"""openai_audio: a transcription from an open file and from a Path; `.text` on every variant."""

from pathlib import Path

from openai_audio import Client

client = Client()
with open("speech.mp3", "rb") as audio_file:
    transcript = client.audio.transcriptions.create(model="whisper-1", file=audio_file)
text: str = transcript.text
translation = client.audio.translations.create(model="whisper-1", file=Path("speech.mp3"))
translated: str = translation.text
print(text, translated)
