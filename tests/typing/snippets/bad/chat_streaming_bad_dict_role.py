"""Twin of good/chat_streaming_stream_dicts: a role that is not one of the spec's."""

from chat_streaming import Client

client = Client()
client.chat.completions.create(messages=[{"role": "usr", "content": "hi"}], stream=True)  # expect-error
