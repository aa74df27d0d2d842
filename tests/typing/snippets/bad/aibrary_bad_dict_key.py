"""Twin of good/aibrary_chat_dicts: a misspelled key in a message dict."""

from aibrary import Client

client = Client()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "contnet": "hi"}])  # expect-error
