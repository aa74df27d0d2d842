"""Twin of good/aibrary_chat_dicts: a role that is not one of the spec's."""

from aibrary import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "usr", "content": "hi"}])  # expect-error
