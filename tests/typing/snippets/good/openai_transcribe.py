"""A transcription (x-oaiMeta example): an open file in, `.text` out."""

from openai_api import Client

client = Client()
audio_file = open("speech.mp3", "rb")
transcript = client.audio.transcriptions.create(model="gpt-4o-transcribe", file=audio_file)
text: str = transcript.text
print(text)
