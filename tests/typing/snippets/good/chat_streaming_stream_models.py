"""Streaming with `stream=True`: iterate the Stream, read each chunk's fields."""

from chat_streaming import Client, models

client = Client()
with client.chat.completions.create(
    messages=[models.UserMessage(role="user", content="hi")], stream=True
) as stream:
    for chunk in stream:
        chunk_id: str | None = chunk.id
        for choice in chunk.choices or []:
            finish_reason: str | None = choice.finish_reason
            if choice.delta is not None:
                text: str | None = choice.delta.content
                print(chunk_id, text, finish_reason)
        if chunk.usage is not None:
            total: int | None = chunk.usage.total_tokens
            print(total)
