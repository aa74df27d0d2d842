"""Twin of good/openai_chat: `"role": "usr"`."""

from openai_api import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "usr", "content": "Hello!"}])  # expect-error
