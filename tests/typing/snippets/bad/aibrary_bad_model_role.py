"""Twin of good/aibrary_chat_models: a model instance with a role the spec does not allow."""

from aibrary import Client, models

client = Client()
client.chat.completions.create(
    model="gpt-4o",
    messages=[models.ChatCompletionUserMessageParam(role="usr", content="hi")],  # expect-error
)
