"""Retrieving a model by position (x-oaiMeta example)."""

from openai_api import Client

client = Client()
model = client.models.retrieve("gpt-4o")
created: int = model.created
print(created)
