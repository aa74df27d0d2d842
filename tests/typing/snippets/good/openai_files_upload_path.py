"""Uploading a file from a pathlib.Path and from a (filename, bytes) tuple."""

from pathlib import Path

from openai_api import Client

client = Client()
data = Path("mydata.jsonl")
first = client.files.create(file=data, purpose="batch")
second = client.files.create(file=("mydata.jsonl", data.read_bytes()), purpose="batch")
filename: str = first.filename
created_at: int = second.created_at
print(filename, created_at)
