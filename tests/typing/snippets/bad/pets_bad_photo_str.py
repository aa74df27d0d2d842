"""Twin of good/pets_photo: a binary response is bytes, not str."""

from pets import Client

client = Client()
photo: str = client.owners.pets.photo(1, "rex")  # expect-error
print(len(photo))
