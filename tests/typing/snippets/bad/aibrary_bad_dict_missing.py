"""Twin of good/aibrary_chat_dicts: a message without its required `content`."""

from aibrary import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user"}])  # expect-error
