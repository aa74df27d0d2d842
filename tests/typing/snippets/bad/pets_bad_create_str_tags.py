"""Twin of good/pets_create: a str for a list of strings (a str is a sequence of str)."""

from datetime import date

from pets import Client, models

client = Client()
# one line: mypy reports a call's keyword errors on the line the call starts (see the bad twins)
pet: models.Pet = client.pets.create(name="Rex", password="s3cret", owner={"name": "Ann"}, birthday=date(2020, 1, 1), tags="a")  # expect-error
