"""A moderation (x-oaiMeta example)."""

from openai_api import Client

client = Client()
moderation = client.moderations.create(input="I want to kill them.")
flagged: bool = moderation.results[0].flagged
print(flagged)
