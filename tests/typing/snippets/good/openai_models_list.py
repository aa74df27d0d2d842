"""Listing models (x-oaiMeta example) and reading their fields."""

from openai_api import Client

client = Client()
page = client.models.list()
ids: list[str] = [model.id for model in page.data]
owners: set[str] = {model.owned_by for model in page.data}
print(ids, owners)
