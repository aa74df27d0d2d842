"""Twin of good/openai_embeddings: a string where the spec says integer."""

from openai_api import Client

client = Client()
client.embeddings.create(model="text-embedding-3-small", input="x", dimensions="256")  # expect-error
