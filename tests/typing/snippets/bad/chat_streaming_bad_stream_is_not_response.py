"""Twin of good/chat_streaming_no_stream: with `stream=True` the result is a Stream, not a response."""

from chat_streaming import Client, models

client = Client()
response = client.chat.completions.create(messages=[models.UserMessage(role="user", content="hi")], stream=True)
usage = response.usage  # expect-error
