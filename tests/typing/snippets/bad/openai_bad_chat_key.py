"""Twin of good/openai_chat: a misspelled key."""

from openai_api import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "contnet": "Hello!"}])  # expect-error
