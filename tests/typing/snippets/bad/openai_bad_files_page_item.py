"""Twin of good/openai_files_pages: a page's items are typed, so a wrong field type is caught."""

from openai_api import Client

client = Client()
for file in client.files.list():
    size: str = file.bytes  # expect-error
