"""Twin of good/openai_chat: a user message without its required `content`."""

from openai_api import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user"}])  # expect-error
