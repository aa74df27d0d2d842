"""Model instances, straight in a list literal."""

from aibrary import Client, models

client = Client()
client.chat.completions.create(
    model="gpt-4o",
    messages=[
        models.ChatCompletionSystemMessageParam(role="system", content="Be brief."),
        models.ChatCompletionUserMessageParam(role="user", content="hi"),
    ],
    max_tokens=100,
)
