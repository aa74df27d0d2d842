"""Streaming a chat completion, as the OpenAI SDK docs do."""

from openai_api import Client

client = Client()
stream = client.chat.completions.create(
    model="gpt-4o",
    messages=[{"role": "user", "content": "Hello!"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices:
        delta: str | None = chunk.choices[0].delta.content
        print(delta, end="")
