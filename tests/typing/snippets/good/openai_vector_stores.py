"""A vector store (x-oaiMeta example) with a list of file ids."""

from openai_api import Client

client = Client()
vector_store = client.vector_stores.create(name="Support FAQ", file_ids=["file-abc123"])
name: str | None = vector_store.name
print(name)
