"""A typed list of user messages, built up elsewhere and passed as `messages`."""

from aibrary import Client, models

history: list[models.ChatCompletionUserMessageParam] = [
    models.ChatCompletionUserMessageParam(role="user", content="hi"),
    models.ChatCompletionUserMessageParam(role="user", content="tell me more"),
]
client = Client()
client.chat.completions.create(model="gpt-4o", messages=history)
