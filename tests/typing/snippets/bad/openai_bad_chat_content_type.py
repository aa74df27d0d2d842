"""Twin of good/openai_chat: a number where the spec says string (or parts)."""

from openai_api import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": 42}])  # expect-error
