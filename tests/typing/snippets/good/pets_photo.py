"""A binary response (image/png) is bytes; two path parameters by position."""

from pets import Client

client = Client()
photo: bytes = client.owners.pets.photo(1, "rex")
print(len(photo))
