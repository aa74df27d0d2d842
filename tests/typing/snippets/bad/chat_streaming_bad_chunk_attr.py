"""Twin of good/chat_streaming_stream_models: a chunk field that does not exist."""

from chat_streaming import Client, models

client = Client()
with client.chat.completions.create(
    messages=[models.UserMessage(role="user", content="hi")], stream=True
) as stream:
    for chunk in stream:
        choices = chunk.choises  # expect-error
