"""Uploading a file (x-oaiMeta example): `open(..., "rb")` and a dict argument."""

from openai_api import Client

client = Client()
uploaded = client.files.create(
    file=open("mydata.jsonl", "rb"),
    purpose="fine-tune",
    expires_after={"anchor": "created_at", "seconds": 2592000},
)
file_id: str = uploaded.id
print(file_id)
