"""Twin of good/openai_files_create: an `anchor` value the spec does not allow."""

from openai_api import Client

client = Client()
client.files.create(file=open("mydata.jsonl", "rb"), purpose="fine-tune", expires_after={"anchor": "now", "seconds": 3600})  # expect-error
