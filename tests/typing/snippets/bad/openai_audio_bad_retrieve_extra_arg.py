"""Twin of good/openai_audio_files_retrieve: one positional argument too many."""

from openai_audio import Client

client = Client()
client.files.retrieve("file-abc", "file-def")  # expect-error
