"""Twin of good/aibrary_chat_models: a string where the spec says number."""

from aibrary import Client, models

client = Client()
client.chat.completions.create(
    model="gpt-4o",
    messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
    max_tokens="100",  # expect-error
)
