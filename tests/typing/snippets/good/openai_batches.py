"""A batch (x-oaiMeta example): enum-valued string arguments."""

from openai_api import Client

client = Client()
batch = client.batches.create(
    input_file_id="file-abc123",
    endpoint="/v1/chat/completions",
    completion_window="24h",
)
batch_id: str = batch.id
print(batch_id)
