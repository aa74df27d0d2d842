"""Streaming with `stream=True` and dict messages: the overloads give `Stream[ChatCompletionChunk]`."""

from chat_streaming import Client, Stream, models

client = Client()
stream: Stream[models.ChatCompletionChunk] = client.chat.completions.create(
    messages=[{"role": "user", "content": "hi"}], stream=True
)
with stream:
    for chunk in stream:
        for choice in chunk.choices or []:
            if choice.delta is not None:
                text: str | None = choice.delta.content
                print(text, end="")
