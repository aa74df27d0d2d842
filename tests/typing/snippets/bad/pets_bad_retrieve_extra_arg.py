"""Twin of good/pets_retrieve: one positional argument too many."""

from pets import Client

client = Client()
pet = client.pets.retrieve("6f1c2d4e-0000-4000-8000-000000000000", "rex")  # expect-error
