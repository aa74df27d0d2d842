"""Twin of good/openai_chat_models, streamed: a chunk's delta has no `message`."""

from openai_api import Client, models

client = Client()
stream = client.chat.completions.create(model="gpt-4o", messages=[models.ChatCompletionRequestUserMessage(role="user", content="Hello!")], stream=True)
for chunk in stream:
    message = chunk.choices[0].message  # expect-error
