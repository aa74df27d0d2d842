"""Twin of good/openai_embeddings: reading a field the response does not have."""

from openai_api import Client

client = Client()
response = client.embeddings.create(model="text-embedding-3-small", input="x")
vector = response.data[0].embeddings  # expect-error
