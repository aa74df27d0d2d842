"""Twin of good/pets_retrieve: a writeOnly field is optional in a response (`str | None`)."""

from datetime import date, datetime
from uuid import UUID

from pets import Client

client = Client()
pet = client.pets.retrieve("6f1c2d4e-0000-4000-8000-000000000000")
pet = client.pets.retrieve(pet_id=UUID("6f1c2d4e-0000-4000-8000-000000000000"))
created_at: datetime = pet.created_at
pet_id: UUID = pet.id
birthday: date | None = pet.birthday
password: str = pet.password  # expect-error
print(created_at, pet_id, birthday, password)
