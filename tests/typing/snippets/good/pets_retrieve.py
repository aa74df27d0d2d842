"""A uuid path parameter by position (a str) or by keyword (a UUID); formats in the model."""

from datetime import date, datetime
from uuid import UUID

from pets import Client

client = Client()
pet = client.pets.retrieve("6f1c2d4e-0000-4000-8000-000000000000")
pet = client.pets.retrieve(pet_id=UUID("6f1c2d4e-0000-4000-8000-000000000000"))
created_at: datetime = pet.created_at
pet_id: UUID = pet.id
birthday: date | None = pet.birthday
password: str | None = pet.password  # writeOnly: optional in a response
print(created_at, pet_id, birthday, password)
