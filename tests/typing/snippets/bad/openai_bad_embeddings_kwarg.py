"""Twin of good/openai_embeddings: an argument the operation does not have."""

from openai_api import Client

client = Client()
client.embeddings.create(model="text-embedding-3-small", input="x", encodingformat="float")  # expect-error
