"""Twin of good/pets_owner_param: a misspelled key in an `OwnerParam` literal."""

from datetime import datetime, timezone

from pets import Client
from pets.params import OwnerParam

owner: OwnerParam = {"nmae": "Ann"}  # expect-error
owner["since"] = datetime(2019, 5, 1, tzinfo=timezone.utc)
also: OwnerParam = {"name": "Bob", "since": "2019-05-01T00:00:00Z"}
client = Client()
client.pets.create(name="Rex", password="s3cret", owner=owner)
client.pets.create(name="Fido", password="s3cret", owner=also)
