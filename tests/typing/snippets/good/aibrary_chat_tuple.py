"""A tuple of messages: an array argument accepts any sequence."""

from aibrary import Client, models

client = Client()
client.chat.completions.create(
    model="gpt-4o",
    messages=(models.ChatCompletionUserMessageParam(role="user", content="hi"),),
)
