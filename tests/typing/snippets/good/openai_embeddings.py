"""Embeddings (x-oaiMeta example): one string in, a list of floats out."""

from openai_api import Client

client = Client()
response = client.embeddings.create(
    model="text-embedding-3-small",
    input="The food was delicious and the waiter...",
    encoding_format="float",
)
vector: list[float] = response.data[0].embedding
prompt_tokens: int = response.usage.prompt_tokens
batch = client.embeddings.create(model="text-embedding-3-small", input=["one", "two"])
print(vector, prompt_tokens, len(batch.data))
