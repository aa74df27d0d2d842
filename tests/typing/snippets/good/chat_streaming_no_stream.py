"""`stream=False`: the plain response, not a stream."""

from chat_streaming import Client, models

client = Client()
response = client.chat.completions.create(
    messages=[
        models.SystemMessage(role="system", content="Be brief."),
        models.UserMessage(role="user", content="hi"),
    ],
    stream=False,
)
for choice in response.choices or []:
    if choice.message is not None:
        content: str | None = choice.message.content
        print(content)
