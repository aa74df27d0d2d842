"""Twin of good/openai_audio_speech: the speech is bytes, not text."""

from openai_audio import Client

client = Client()
speech: str = client.audio.speech.create(model="tts-1", voice="alloy", input="hi")  # expect-error
print(speech)
