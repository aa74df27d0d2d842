"""Query parameters with formats: a `date` or its ISO text, a `UUID`; a list of pets back."""

from datetime import date
from uuid import UUID

from pets import Client, models

client = Client()
pets: list[models.Pet] = client.pets.list(
    born_after=date(2020, 1, 1), owner_id=UUID("6f1c2d4e-0000-4000-8000-000000000000")
)
pets = client.pets.list(born_after="2020-01-01")
for pet in pets:
    print(pet.name, pet.birthday)
