"""Path parameters by position, as the OpenAI SDK docs call them."""

from openai_api import Client

client = Client()
file = client.files.retrieve("file-abc123")
filename: str = file.filename
content = client.files.content("file-abc123")
deleted = client.files.delete("file-abc123")
was_deleted: bool = deleted.deleted
print(filename, content, was_deleted)
