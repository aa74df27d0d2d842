"""Iterating a list operation yields its items, page after page."""

from openai_api import Client

client = Client()
for file in client.files.list(purpose="fine-tune"):
    name: str = file.filename
    print(name)
