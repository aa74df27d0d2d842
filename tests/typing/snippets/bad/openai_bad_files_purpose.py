"""Twin of good/openai_files_upload_path: a `purpose` the spec does not list."""

from pathlib import Path

from openai_api import Client

client = Client()
client.files.create(file=Path("mydata.jsonl"), purpose="finetune")  # expect-error
