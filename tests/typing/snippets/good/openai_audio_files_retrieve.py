"""openai_audio: a path parameter by position, as the OpenAI SDK allows."""

from openai_audio import Client

client = Client()
file = client.files.retrieve("file-abc")
filename: str = file.filename
content: bytes = client.files.content("file-abc")
print(filename, content)
