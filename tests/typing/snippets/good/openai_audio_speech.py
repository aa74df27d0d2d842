"""openai_audio: text to speech returns the audio as bytes."""

from pathlib import Path

from openai_audio import Client

client = Client()
speech: bytes = client.audio.speech.create(model="tts-1", voice="alloy", input="hi")
Path("speech.mp3").write_bytes(speech)
