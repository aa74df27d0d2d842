"""Twin of good/openai_batches: a completion window the spec does not allow."""

from openai_api import Client

client = Client()
client.batches.create(input_file_id="file-abc123", endpoint="/v1/chat/completions", completion_window="1h")  # expect-error
