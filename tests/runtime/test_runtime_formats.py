"""String formats: ``date-time``, ``date`` and ``uuid`` values in responses and in requests.

Responses: ``Annotated[datetime, LenientFormat]`` gives ``datetime`` objects, and a value the
server sends off its format is kept as the raw string with a ``FormatWarning`` instead of failing
the whole response. Requests: a ``datetime``/``date``/``UUID`` is sent as ISO 8601 / canonical text
wherever it goes (JSON, path, query, header, cookie, urlencoded and multipart forms).
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Annotated, Any
from uuid import UUID

import pytest
from pydantic import ValidationError
from runtime import (
    APIResponseValidationError,
    BaseModel,
    FormatWarning,
    LenientFormat,
    build_json_body,
    build_multipart,
    check_params,
    parse_python,
)
from runtime._files import to_multipart
from runtime_support import API_KEY, AsyncClient, Client

from tests.servers.local_server import LocalServer, Reply

UTC_TIME = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
IST_TIME = dt.datetime(
    2024, 1, 2, 3, 4, 5, 123000, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))
)
NAIVE_TIME = dt.datetime(2024, 1, 2, 3, 4, 5)
DAY = dt.date(2024, 1, 2)
ID = UUID("12345678-1234-5678-1234-567812345678")

UTC_TEXT = "2024-01-02T03:04:05Z"
IST_TEXT = "2024-01-02T03:04:05.123000+05:30"
NAIVE_TEXT = "2024-01-02T03:04:05"
DAY_TEXT = "2024-01-02"
ID_TEXT = "12345678-1234-5678-1234-567812345678"


class Event(BaseModel):
    """A response model as the generator writes it for format: date-time / date / uuid."""

    id: Annotated[UUID, LenientFormat]
    created_at: Annotated[dt.datetime, LenientFormat]
    day: Annotated[dt.date, LenientFormat] | None = None
    seen_at: list[Annotated[dt.datetime, LenientFormat]] | None = None


def make_client(server: LocalServer) -> Client:
    return Client(base_url=server.url, api_key=API_KEY, max_retries=0)


# --- responses --------------------------------------------------------------------------------


def test_formats_in_a_response_become_datetime_date_and_uuid(
    local_server: LocalServer,
) -> None:
    local_server.enqueue(
        Reply.json(
            {
                "id": ID_TEXT,
                "created_at": IST_TEXT,
                "day": DAY_TEXT,
                "seen_at": [UTC_TEXT],
            }
        )
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", FormatWarning)
        with make_client(local_server) as client:
            event = client.request("GET", "/events/1", cast_to=Event)
    assert isinstance(event, Event)
    assert event.id == ID and isinstance(event.id, UUID)
    assert event.created_at == IST_TIME and isinstance(event.created_at, dt.datetime)
    assert event.day == DAY and type(event.day) is dt.date
    assert event.seen_at == [UTC_TIME]


def test_a_value_off_its_format_is_kept_with_a_warning(
    local_server: LocalServer,
) -> None:
    bad = {"id": ID_TEXT, "created_at": "not-a-date", "day": "2024-02-30"}
    local_server.enqueue(Reply.json(bad), Reply.json(bad))
    with make_client(local_server) as client:
        with pytest.warns(FormatWarning) as record:
            event = client.request("GET", "/events/1", cast_to=Event)
        # the rest of the response is parsed as usual; the bad values stay raw strings
        assert event.id == ID
        assert event.created_at == "not-a-date"
        assert event.day == "2024-02-30"
        messages = sorted(str(w.message) for w in record)
        assert len(messages) == 2
        assert messages[0].startswith(
            "Event.created_at: 'not-a-date' is not a valid date-time"
        )
        assert messages[1].startswith("Event.day: '2024-02-30' is not a valid date")
        # the warning points at the user's call, not at pydantic or the runtime
        assert {w.filename for w in record} == {__file__}

        # once per distinct message: the same bad value again parses without a new warning
        with warnings.catch_warnings(record=True) as again:
            warnings.simplefilter("always")
            event2 = client.request("GET", "/events/1", cast_to=Event)
        assert event2.created_at == "not-a-date"
        assert [w for w in again if issubclass(w.category, FormatWarning)] == []


def test_uuid_off_format_in_a_list_response(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json(
            [
                {"id": "evt_legacy_42", "created_at": UTC_TEXT},
                {"id": ID_TEXT, "created_at": UTC_TEXT, "seen_at": ["yesterday"]},
            ]
        )
    )
    with make_client(local_server) as client, pytest.warns(FormatWarning) as record:
        events = client.request("GET", "/events", cast_to=list[Event])
    assert events[0].id == "evt_legacy_42" and events[0].created_at == UTC_TIME
    assert events[1].id == ID and events[1].seen_at == ["yesterday"]
    text = " | ".join(str(w.message) for w in record)
    assert "Event.id: 'evt_legacy_42' is not a valid uuid" in text
    assert "Event.seen_at: 'yesterday' is not a valid date-time" in text


def test_format_leniency_is_for_responses_only(local_server: LocalServer) -> None:
    # a value built by the caller is checked strictly
    with pytest.raises(ValidationError) as info:
        Event(id=ID, created_at="last tuesday")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("created_at",)
    # in a response, a value that is not even a string is still an error
    local_server.enqueue(Reply.json({"id": ID_TEXT, "created_at": {"when": "now"}}))
    with (
        make_client(local_server) as client,
        pytest.raises(APIResponseValidationError, match="created_at"),
    ):
        client.request("GET", "/events/1", cast_to=Event)
    # a number is a Unix timestamp, as pydantic reads it
    assert parse_python(Event, {"id": ID_TEXT, "created_at": 0}).created_at == (
        dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    )


def test_format_warning_can_be_made_an_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FormatWarning)
        with pytest.raises(FormatWarning, match="'soon' is not a valid date-time"):
            parse_python(Event, {"id": ID_TEXT, "created_at": "soon"})


# --- requests ---------------------------------------------------------------------------------


class Params(BaseModel):
    """A generated ``check_params`` model."""

    event_id: UUID
    since: dt.datetime | None = None
    day: dt.date | None = None
    X_Request_Time: dt.datetime | None = None


class CreateEvent(BaseModel):
    at: dt.datetime
    day: dt.date | None = None
    id: UUID | None = None
    times: list[dt.datetime] | None = None


def test_formats_in_path_query_header_cookie_and_json(
    local_server: LocalServer,
) -> None:
    local_server.enqueue(Reply.json({}))
    check_params(Params, {"event_id": ID, "since": IST_TIME, "day": DAY})
    with make_client(local_server) as client:
        client.request(
            "POST",
            "/events/{event_id}/at/{when}",
            path_params={"event_id": ID, "when": UTC_TIME},
            query={
                "since": IST_TIME,
                "day": DAY,
                "naive": NAIVE_TIME,
                "any": [UTC_TIME, DAY],
            },
            headers={"X-Request-Time": IST_TIME, "X-Event-Id": ID, "X-Day": DAY},
            cookies={"session_start": UTC_TIME, "visitor": ID},
            json_body=build_json_body(
                CreateEvent,
                {"at": IST_TIME, "day": DAY, "id": ID, "times": [NAIVE_TIME]},
            ),
            extra_query={"until": UTC_TIME},
            extra_headers={"X-Until": UTC_TIME},
        )
    last = local_server.last
    assert last.target == (
        f"/events/{ID_TEXT}/at/2024-01-02T03%3A04%3A05Z"
        "?since=2024-01-02T03%3A04%3A05.123000%2B05%3A30&day=2024-01-02"
        "&naive=2024-01-02T03%3A04%3A05"
        "&any=2024-01-02T03%3A04%3A05Z&any=2024-01-02"
        "&until=2024-01-02T03%3A04%3A05Z"
    )
    assert last.query["since"] == [IST_TEXT]  # "+" is percent-encoded, not a space
    assert last.header("x-request-time") == IST_TEXT
    assert last.header("x-event-id") == ID_TEXT
    assert last.header("x-day") == DAY_TEXT
    assert last.header("x-until") == UTC_TEXT
    assert last.header("cookie") == (
        f"session_start=2024-01-02T03%3A04%3A05Z; visitor={ID_TEXT}"
    )
    assert last.body == (
        b'{"at":"2024-01-02T03:04:05.123000+05:30","day":"2024-01-02",'
        b'"id":"12345678-1234-5678-1234-567812345678","times":["2024-01-02T03:04:05"]}'
    )


def test_formats_in_an_urlencoded_form(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}))
    with make_client(local_server) as client:
        client.request(
            "POST",
            "/forms",
            json_body={
                "at": IST_TIME,
                "id": ID,
                "days": [DAY],
                "span": dt.timedelta(hours=1),
            },
            content_type="application/x-www-form-urlencoded",
        )
    assert local_server.last.body == (
        b"at=2024-01-02T03%3A04%3A05.123000%2B05%3A30"
        b"&id=12345678-1234-5678-1234-567812345678&days=2024-01-02&span=PT1H"
    )


def test_formats_in_multipart_fields(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}), Reply.json({}))
    with make_client(local_server) as client:
        # through a generated body model
        client.request(
            "POST",
            "/upload",
            multipart=build_multipart(
                CreateEvent,
                {"at": IST_TIME, "day": DAY, "id": ID, "times": [UTC_TIME, NAIVE_TIME]},
            ),
        )
        # raw values (extra_body, or a body built without a model)
        client.request(
            "POST",
            "/upload",
            multipart=to_multipart({"at": UTC_TIME, "id": ID, "days": [DAY, DAY]}),
            extra_body={"sent_at": IST_TIME},
        )
    first, second = (
        [(p.name, p.filename, p.data) for p in r.multipart()]
        for r in local_server.requests
    )
    assert first == [
        ("at", None, IST_TEXT.encode()),
        ("day", None, b"2024-01-02"),
        ("id", None, ID_TEXT.encode()),
        ("times", None, UTC_TEXT.encode()),  # a list of scalars: one field per item
        ("times", None, NAIVE_TEXT.encode()),
    ]
    assert second == [
        ("at", None, UTC_TEXT.encode()),
        ("id", None, ID_TEXT.encode()),
        ("days", None, b"2024-01-02"),
        ("days", None, b"2024-01-02"),
        ("sent_at", None, IST_TEXT.encode()),
    ]


@pytest.mark.anyio
async def test_async_formats_round_trip(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"id": ID_TEXT, "created_at": "2024-01-02 03:04"}))
    async with AsyncClient(
        base_url=local_server.url, api_key=API_KEY, max_retries=0
    ) as client:
        event: Any = await client.request(
            "GET",
            "/events/{id}",
            path_params={"id": ID},
            query={"at": UTC_TIME},
            cast_to=Event,
        )
    assert local_server.last.target == f"/events/{ID_TEXT}?at=2024-01-02T03%3A04%3A05Z"
    # a space instead of "T" is still read as a datetime, as RFC 3339 allows
    assert event.created_at == dt.datetime(2024, 1, 2, 3, 4)
