"""A client generated from tests/fixtures/pets.yaml, against the local server: readOnly and
writeOnly properties, formats as Python types, deprecation, docstrings, several media types,
path parameters by position, one Python name per property."""

from __future__ import annotations

import inspect
import subprocess
import sys
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from uuid import UUID

import pydantic
import pytest

from tests.generated.conftest import generated_package
from tests.servers.local_server import Reply

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "pets.yaml"
PET_ID = "6f1c2a9e-1d7b-4c55-9a8e-2f0b7f1c3d4e"
PET = {
    "id": PET_ID,
    "name": "Rex",
    "kind": "dog",
    "created_at": "2024-05-01T12:30:00Z",
    "birthday": "2020-01-31",
    "self": "https://pets.example.com/v1/pets/" + PET_ID,
    "owner": {"id": 7, "name": "Ann", "since": "2021-02-03T04:05:06+02:00"},
}


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, "pets", tmp_path_factory.mktemp("pets") / "dist") as module:
        yield module


def test_read_only_properties_are_not_arguments_and_are_never_sent(pets, local_server):
    create = inspect.signature(pets.Client(api_key="k").pets.create)
    assert "id" not in create.parameters and "created_at" not in create.parameters
    local_server.enqueue(Reply.json(PET, status=201))
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        pet = client.pets.create(name="Rex", password="s3cret", owner={"name": "Ann"})
    assert local_server.last.json() == {"name": "Rex", "password": "s3cret", "owner": {"name": "Ann"}}
    # the response model still has them, typed: readOnly only leaves requests
    assert pet.id == UUID(PET_ID) and pet.owner is not None and pet.owner.id == 7


def test_a_read_only_property_given_anyway_is_refused_before_sending(pets, local_server):
    with pets.Client(base_url=local_server.url, api_key="k") as client, pytest.raises(TypeError):
        client.pets.create(name="Rex", password="s3cret", id=PET_ID)  # type: ignore[call-arg]
    assert local_server.requests == []


def test_write_only_properties_are_optional_in_responses(pets, local_server):
    local_server.enqueue(Reply.json(PET))  # no "password": the server never returns it
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        pet = client.pets.retrieve(PET_ID)
    assert pet.password is None
    assert pets.models.Pet.model_fields["password"].is_required() is False
    assert pets.models.Pet.model_fields["name"].is_required() is True


def test_formats_are_python_types_both_ways(pets, local_server):
    local_server.enqueue(Reply.json(PET, status=201), Reply.json([PET]))
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        pet = client.pets.create(
            name="Rex",
            password="pw",
            birthday=date(2020, 1, 31),
            owner={"name": "Ann", "since": datetime(2021, 2, 3, 2, 5, 6, tzinfo=UTC)},
        )
        sent = local_server.last.json()
        listed = client.pets.list(born_after=date(2020, 1, 1), owner_id=UUID(PET_ID))
    assert sent["birthday"] == "2020-01-31"
    assert sent["owner"]["since"] == "2021-02-03T02:05:06Z"
    assert local_server.last.query == {"born_after": ["2020-01-01"], "owner_id": [PET_ID]}
    assert pet.created_at == datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    assert pet.birthday == date(2020, 1, 31) and isinstance(pet.id, UUID)
    assert isinstance(listed[0].owner.since, datetime)


def test_string_forms_of_formats_are_accepted_and_sent_as_given(pets, local_server):
    local_server.enqueue(Reply.json(PET, status=201))
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        client.pets.create(name="Rex", password="pw", birthday="2020-01-31")
    assert local_server.last.json()["birthday"] == "2020-01-31"


def test_a_malformed_date_in_a_response_is_kept_as_text_with_a_warning(pets, local_server):
    local_server.enqueue(Reply.json({**PET, "created_at": "yesterday"}))
    with pets.Client(base_url=local_server.url, api_key="k") as client, pytest.warns(UserWarning, match="yesterday"):
        pet = client.pets.retrieve(PET_ID)
    assert pet.created_at == "yesterday"  # the rest of the response is still readable
    assert pet.name == "Rex" and pet.birthday == date(2020, 1, 31)


def test_a_malformed_date_in_a_request_is_refused_before_sending(pets, local_server):
    with pets.Client(base_url=local_server.url, api_key="k") as client, pytest.raises(pydantic.ValidationError, match="birthday"):
        client.pets.create(name="Rex", password="pw", birthday="the 31st")
    assert local_server.requests == []


def test_path_parameters_by_position_or_keyword_in_path_order(pets, local_server):
    local_server.enqueue(Reply.json(PET), Reply.json(PET), Reply.binary(b"\x89PNG..", content_type="image/png"))
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        client.pets.retrieve(PET_ID)
        client.pets.retrieve(pet_id=UUID(PET_ID))
        photo = client.owners.pets.photo(7, "rex")
    paths = [r.path for r in local_server.requests]
    assert paths == [f"/pets/{PET_ID}", f"/pets/{PET_ID}", "/owners/7/pets/rex/photo"]
    params = list(inspect.signature(pets.Client(api_key="k").owners.pets.photo).parameters.values())
    assert [(p.name, p.kind.name) for p in params[:3]] == [
        ("owner_id", "POSITIONAL_OR_KEYWORD"),
        ("pet_id", "POSITIONAL_OR_KEYWORD"),
        ("size", "KEYWORD_ONLY"),
    ]
    assert photo == b"\x89PNG.."


def test_several_media_types_return_the_plain_one(pets, local_server):
    """The photo is declared as image/png and as an event stream: a plain call asks for and
    returns the bytes (as OpenAI's POST /audio/speech returns audio, not a stream)."""
    local_server.enqueue(Reply.binary(b"png-bytes", content_type="image/png"))
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        photo = client.owners.pets.photo(1, "rex")
    assert photo == b"png-bytes"
    assert local_server.last.header("accept") == "image/png"
    assert inspect.signature(pets.Client(api_key="k").owners.pets.photo).return_annotation == "bytes"


def test_deprecated_operations_and_parameters_warn_once(pets, local_server):
    local_server.enqueue(Reply.empty(), Reply.empty(), Reply.binary(b"x", content_type="image/png"))
    with pets.Client(base_url=local_server.url, api_key="k") as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        client.pets.delete(PET_ID)
        client.pets.delete(PET_ID)
        client.owners.pets.photo(1, "rex", size=64)
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert messages == ["client.pets.delete is deprecated", "client.owners.pets.photo(size=) is deprecated"]
    assert all(w.filename == __file__ for w in caught)  # pointed at the caller's line


def test_docstrings_carry_every_argument(pets):
    doc = inspect.getdoc(pets.Client(api_key="k").pets.create) or ""
    assert doc.startswith("Create a pet\n\nAdds a pet to the store.")
    assert "Args:\n  name: The pet's name." in doc
    assert "  password: Needed to create a pet; never returned." in doc
    assert "  nickname: (deprecated)" in doc
    assert "  timeout: Override the client-level default timeout" in doc
    delete_doc = inspect.getdoc(pets.Client(api_key="k").pets.delete) or ""
    assert delete_doc.startswith("Deprecated:")
    # no filler: a schema without a description gets no docstring that repeats its name
    assert pets.models.Owner.__doc__ is None or "Owner" not in pets.models.Owner.__doc__


def test_a_property_has_one_python_name_everywhere(pets, local_server):
    """``self`` is ``self_`` as a model attribute and as a keyword alike."""
    assert "self_" in pets.models.Pet.model_fields
    assert "self_" in inspect.signature(pets.Client(api_key="k").pets.create).parameters
    local_server.enqueue(Reply.json(PET, status=201))
    with pets.Client(base_url=local_server.url, api_key="k") as client:
        pet = client.pets.create(name="Rex", password="pw", self_="urn:pet:rex")
    assert local_server.last.json()["self"] == "urn:pet:rex"
    assert pet.self_ == PET["self"]


def test_request_shapes_are_typed_dicts_that_load_only_when_a_request_is_built(pets, local_server):
    from typing import get_type_hints

    from typing_extensions import is_typeddict

    assert is_typeddict(pets.params.PetParam) and is_typeddict(pets.params.OwnerParam)
    assert "id" not in get_type_hints(pets.params.PetParam)  # readOnly
    with pytest.raises(pydantic.ValidationError) as exc:
        pydantic.TypeAdapter(pets.params.PetParam).validate_python({"kind": "dog"})
    assert {e["loc"][0] for e in exc.value.errors()} == {"name", "password"}
    # annotations only until then: import, Client() and a resource load neither package
    code = (
        "import sys, pets; c = pets.Client(api_key='k'); c.pets; c.owners.pets; "
        "print(sorted(m for m in sys.modules if m.startswith(('pets.params', 'pets.models', 'pydantic'))))"
    )
    dist = str(Path(pets.__file__).resolve().parents[1])
    run = subprocess.run([sys.executable, "-c", code], cwd=dist, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
