"""Twin of good/openai_vector_stores: a plain str where the spec wants an array of file ids.

(A `str` is a `Sequence[str]`: annotating arrays as `Sequence[str]` would let this through.)
"""

from openai_api import Client

client = Client()
client.vector_stores.create(name="Support FAQ", file_ids="file-abc123")  # expect-error
