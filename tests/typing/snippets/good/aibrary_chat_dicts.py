"""A chat completion with plain dicts for messages, as the OpenAI SDK's users write it."""

from aibrary import Client

client = Client()
client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "hi"},
        {"role": "user", "content": [{"type": "text", "text": "and this"}]},
    ],
    modalities=["text", "audio"],
    audio={"voice": "alloy", "format": "wav"},
    temperature=0.2,
    stop=["\n"],
)
