"""Twin of good/aibrary_chat_models: an argument the operation does not have."""

from aibrary import Client, models

client = Client()
message = models.ChatCompletionUserMessageParam(role="user", content="hi")
client.chat.completions.create(model="gpt-4o", messages=[message], temprature=0.2)  # expect-error
