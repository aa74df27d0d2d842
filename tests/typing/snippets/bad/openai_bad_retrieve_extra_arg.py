"""Twin of good/openai_files_retrieve: one positional argument too many."""

from openai_api import Client

client = Client()
client.files.retrieve("file-abc123", "file-def456")  # expect-error
