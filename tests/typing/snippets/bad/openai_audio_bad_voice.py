"""Twin of good/openai_audio_speech: a voice the spec does not list."""

from openai_audio import Client

client = Client()
speech: bytes = client.audio.speech.create(model="tts-1", voice="alloy2", input="hi")  # expect-error
print(speech)
