"""Twin of good/pets_create: a kind outside the enum."""

from datetime import date

from pets import Client, models

client = Client()
# one line: mypy reports a call's keyword errors on the line the call starts (see the bad twins)
pet: models.Pet = client.pets.create(name="Rex", password="s3cret", owner={"name": "Ann"}, birthday=date(2020, 1, 1), tags=("a", "b"), kind="bird")  # expect-error
