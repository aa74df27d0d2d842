"""Every operation of every generated client, called against Prism (one server per spec).

``test_valid_request``: each method once with its required arguments (values built from the
spec's schemas by :mod:`tests.prism.synth`). Prism validates the request against the spec: it
must not answer 422, nor list any request violation in its ``sl-violations`` header; the
client must then parse Prism's mock response. ``test_valid_request_all_arguments``: the same
with every optional argument too.

``test_broken_request``: the required call with one input made invalid through ``extra_body``
/ ``extra_query`` (escape hatches that skip the client's own checks), or, for a multipart form
the client cannot break, posted with plain httpx. Prism must answer 422 naming that input.
These are the controls: Prism quietly stops validating a body whose schema it cannot compile,
so a green valid call means something only next to a red broken one.

Known failures are strict xfails limited to the exception their cause raises: a generator bug
(``GENERATOR_BUGS``), a response Prism cannot mock validly (``PRISM_RESPONSE_LIMITS``), a
Prism limitation (``test_multipart_array_field``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.prism.cases import GENERATED, Case, all_cases
from tests.prism.conftest import PrismServers, prism_missing_reason

pytestmark = pytest.mark.skipif(
    prism_missing_reason() is not None, reason=prism_missing_reason() or ""
)

CASES = all_cases()


class PrismRejectedError(AssertionError):
    """Prism answered 422 to a request that should be valid; ``found``: its findings."""

    def __init__(self, message: str, found: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.found = found


class UnexpectedStatusError(AssertionError):
    """A valid request got an error status (not 422) from Prism."""


class NotAcceptableError(UnexpectedStatusError):
    """Prism answered 406: it has no response in the media type the client's Accept asks for."""


class PrismResponseViolationError(Exception):
    """Prism accepted the request, but its own mock response breaks the spec (``--errors``)."""


# Operations whose request Prism accepts but for which it cannot serve a spec-valid mock
# response: with ``--errors`` it answers 500 VIOLATIONS about the response. The xfail is strict
# and limited to that outcome: a rejected request still fails the test, and once Prism serves
# the operation the XPASS fails the run, so the entry must be removed.
PRISM_RESPONSE_LIMITS: dict[str, str] = {
    "chat_streaming:client.chat.completions.create": (
        "spec, not client: the 200 response is oneOf [ChatCompletionResponse, "
        "ChatCompletionChunk], two schemas without required properties that accept the same "
        "objects, so Prism's mock response matches both and fails 'exactly one'; with --errors "
        "Prism answers 500 VIOLATIONS (response only: the request passed its validation)"
    ),
}

# Operations that fail because of a generator bug (reported, not fixed here): test id ->
# (reason, the exception that the bug causes). Strict, and limited to that exception.
GENERATOR_BUGS: dict[str, tuple[str, type[BaseException]]] = {}


def _valid_param(case: Case) -> Any:
    marks = []
    if case.id in PRISM_RESPONSE_LIMITS:
        marks.append(
            pytest.mark.xfail(
                strict=True,
                raises=PrismResponseViolationError,
                reason=PRISM_RESPONSE_LIMITS[case.id],
            )
        )
    if case.id in GENERATOR_BUGS:
        reason, raises = GENERATOR_BUGS[case.id]
        marks.append(pytest.mark.xfail(strict=True, raises=raises, reason=reason))
    return pytest.param(case, id=case.id, marks=marks)


# -- talking to Prism --------------------------------------------------------------------------


@contextmanager
def prism_client(case: Case, prism: PrismServers) -> Iterator[tuple[Any, list[httpx.Response]]]:
    """The generated sync client on the spec's Prism, and the responses it gets."""
    module = case.spec.client_module()
    responses: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [responses.append]})
    client = module.Client(
        base_url=prism.url(case.spec.name),
        api_key="test-key",
        max_retries=0,
        timeout=30.0,
        http_client=http,
    )
    try:
        yield client, responses
    finally:
        client.close()
        http.close()


def violations_of(response: httpx.Response, body: Any = None) -> list[dict[str, Any]]:
    """Prism's findings: its problem+json ``validation`` list and its ``sl-violations``."""
    found: list[dict[str, Any]] = []
    if isinstance(body, dict) and isinstance(body.get("validation"), list):
        found.extend(body["validation"])
    header = response.headers.get("sl-violations")
    if header:
        found.extend(json.loads(header))
    return found


def prism_says(exc: Any) -> str:
    """What Prism said about a rejected request: status, ``sl-violations`` and body."""
    request = exc.response.request
    parts = [f"HTTP {exc.status_code} for {request.method} {request.url}"]
    if header := exc.response.headers.get("sl-violations"):
        parts.append(f"sl-violations: {header}")
    parts.append(f"body: {exc.response.text}")  # as sent (``exc.body`` may be a model)
    return "\n".join(parts)


def body_json(exc: Any) -> Any:
    """The error body as JSON (``exc.body`` is a model when the spec types that status)."""
    try:
        return json.loads(exc.response.text)
    except ValueError:
        return exc.response.text


def response_only_violations(exc: Any) -> bool:
    """A ``--errors`` 500 about Prism's own mock response only (the request was valid)."""
    body = body_json(exc)
    found = violations_of(exc.response, body)
    return (
        exc.status_code == 500
        and isinstance(body, dict)
        and str(body.get("type", "")).endswith("#VIOLATIONS")
        and bool(found)
        and all(v.get("location", [""])[0] == "response" for v in found)
    )


# -- every operation, valid --------------------------------------------------------------------


def call_valid(case: Case, prism: PrismServers, kwargs: dict[str, Any]) -> None:
    """Call ``case`` with ``kwargs``: Prism must accept the request, the client its answer."""
    module = case.spec.client_module()
    call = f"{case.call}(**{kwargs!r})"
    with prism_client(case, prism) as (client, responses):
        try:
            result = case.method(client)(**kwargs)
        except module.UnprocessableEntityError as exc:
            found = violations_of(exc.response, body_json(exc))
            raise PrismRejectedError(f"Prism rejected {call}:\n{prism_says(exc)}", found) from None
        except module.APIStatusError as exc:
            if response_only_violations(exc):
                # Prism validates the request first (a violation there is a 422); only the
                # mock response it built is not valid for the spec
                raise PrismResponseViolationError(prism_says(exc)) from None
            error = NotAcceptableError if exc.status_code == 406 else UnexpectedStatusError
            raise error(
                f"{call} got HTTP {exc.status_code} from Prism:\n{prism_says(exc)}\n"
                f"Prism's log:\n{prism.output(case.spec.name)}"
            ) from None
        assert len(responses) == 1, f"one request expected, Prism got {len(responses)}"
        request_findings = [
            v for v in violations_of(responses[0]) if v.get("location", [""])[0] == "request"
        ]
        assert not request_findings, f"Prism flagged {call}: {request_findings}"
    assert not isinstance(result, module.Stream), "stream=False must not return a Stream"
    if case.op.response.kind == "binary":
        assert isinstance(result, bytes)
    elif case.op.response.kind == "empty":
        assert result is None


@pytest.mark.parametrize("case", [_valid_param(c) for c in CASES])
def test_valid_request(case: Case, prism: PrismServers) -> None:
    """The required arguments only."""
    call_valid(case, prism, case.valid_kwargs())


def multipart_array_fields(case: Case) -> list[str]:
    """JSON names of the array-typed form fields of a multipart body.

    Fields sent by a style (an Encoding Object's, or the spec's ``body-style = "deepObject"``
    convention: ``name[]`` parts) are left out: Prism ignores parts so named, so it cannot
    judge them, and tests/generated/test_bodies.py checks their bytes instead.
    """
    body = case.op.body
    if body is None or body.kind != "multipart" or body.default_encoding is not None:
        return []
    styled = {e.json_name for e in body.encoding if e.style}
    synth = case.spec.synth
    props, _ = synth.properties(case.raw_body_schema)
    return [
        name
        for name, sub in props.items()
        if "array" in synth.possible_types(sub) and name not in styled
    ]


@pytest.mark.parametrize("case", [_valid_param(c) for c in CASES])
def test_valid_request_all_arguments(case: Case, prism: PrismServers) -> None:
    """Every argument: optional parameters and body properties too (nested up to 3 levels).

    Array-typed multipart fields are left out here: see ``test_multipart_array_field``.
    """
    kwargs = case.valid_kwargs(full=True)
    for name in multipart_array_fields(case):
        kwargs.pop(case.keyword_for(name), None)
    call_valid(case, prism, kwargs)


class PrismMultipartArrayError(Exception):
    """Prism rejected an array-typed multipart field, and nothing else."""


MULTIPART_ARRAY_REASON = (
    "Prism limitation: its multipart parser keeps one value per part name (the last), and "
    "only deserializes arrays for a property with an explicit `encoding.style`, so an array "
    "field sent as repeated parts (OpenAPI's form for a multipart array; the client sends "
    "{field}=a, {field}=b) is always validated as a string: 'must be array'"
)
MULTIPART_ARRAYS = [(c, f) for c in CASES for f in multipart_array_fields(c)]


@pytest.mark.parametrize(
    ("case", "field"),
    [
        pytest.param(
            c,
            f,
            id=f"{c.id}:{f}",
            marks=pytest.mark.xfail(
                strict=True,
                raises=PrismMultipartArrayError,
                reason=MULTIPART_ARRAY_REASON.format(field=f),
            ),
        )
        for c, f in MULTIPART_ARRAYS
    ],
)
def test_multipart_array_field(case: Case, field: str, prism: PrismServers) -> None:
    """The required arguments plus one array-typed multipart field."""
    synth = case.spec.synth
    value = synth.value(synth.properties(case.raw_body_schema)[0][field])
    kwargs = {**case.valid_kwargs(), case.keyword_for(field): value}
    try:
        call_valid(case, prism, kwargs)
    except PrismRejectedError as exc:
        if exc.found and all(v.get("location", [])[-1:] == [field] for v in exc.found):
            raise PrismMultipartArrayError(str(exc)) from None
        raise


# -- every operation with an input Prism can check, broken -------------------------------------

FORM_WRONG = "zz-not-a-valid-value"
DROP = object()  # a multipart field left out


@dataclass(frozen=True)
class Breakage:
    """One input set to a value its schema rejects.

    ``body``/``query``: sent by the generated client through ``extra_body``/``extra_query``.
    ``multipart``: a form the client cannot send (a required field replaced or left out),
    posted with plain httpx.
    """

    where: str  # "body" | "query" | "multipart"
    name: str  # the JSON property / query parameter / form field name
    value: Any

    def kwargs(self) -> dict[str, Any]:
        key = "extra_body" if self.where == "body" else "extra_query"
        return {key: {self.name: self.value}}

    def named_by(self, violation: dict[str, Any]) -> bool:
        location = [str(part) for part in violation.get("location", [])]
        return self.name in location or f"'{self.name}'" in str(violation.get("message", ""))


def breakage(case: Case) -> Breakage | None:
    """One input of ``case`` set to a value its schema rejects, or None if there is none.

    JSON body: the first property (required ones first) for which some JSON value is wrong.
    Multipart: a form field the valid call does not send whose schema rejects a text (form
    fields travel as text), else a required field replaced by such a text, else left out.
    Else a query parameter whose schema rejects a text.
    """
    synth = case.spec.synth
    body = case.op.body
    if body is not None and body.fields:
        props, required = synth.properties(case.raw_body_schema)
        given = set(case.valid_kwargs())
        unusable = {*body.file_fields, *multipart_array_fields(case)}  # see MULTIPART_ARRAYS
        for name in required + [n for n in props if n not in required]:
            if name in unusable:
                continue
            if body.kind == "json":
                wrong = synth.wrong(props[name])
                if wrong is not NotImplemented:
                    return Breakage("body", name, wrong)
            elif case.keyword_for(name) not in given and not synth.is_valid(
                props[name], FORM_WRONG
            ):
                return Breakage("body", name, FORM_WRONG)
        if body.kind == "multipart" and required:
            for name in required:
                if name not in body.file_fields and not synth.is_valid(props[name], FORM_WRONG):
                    return Breakage("multipart", name, FORM_WRONG)
            return Breakage("multipart", required[0], DROP)
    for param in case.op.params:
        if param.location == "query":
            schema = case.raw_param(param).get("schema", {})
            if not synth.is_valid(schema, FORM_WRONG):
                return Breakage("query", param.json_name, FORM_WRONG)
    return None


CONTROLS = [(c, b) for c in CASES if (b := breakage(c)) is not None]
UNCONTROLLED = [c.id for c in CASES if breakage(c) is None]


def post_raw_multipart(case: Case, broken: Breakage, prism: PrismServers) -> httpx.Response:
    """The valid call's form, with ``broken`` applied, posted without the generated client."""
    assert case.op.body is not None
    data: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for keyword, value in case.valid_kwargs().items():
        field = next((f for f in case.op.body.fields if f.name == keyword), None)
        if field is None:
            continue
        if field.json_name in case.op.body.file_fields:
            files[field.json_name] = value
        else:
            data[field.json_name] = value
    for form in (data, files):
        if broken.name in form:
            del form[broken.name]
    if broken.value is not DROP:
        data[broken.name] = broken.value
    if not files:
        files["zz_placeholder"] = ("placeholder.txt", b"x", "text/plain")  # keep it multipart
    headers: dict[str, str] = {}
    for scheme in case.spec.api.security_schemes[:1]:  # what api_key="test-key" means
        if scheme.kind == "bearer":
            headers["Authorization"] = "Bearer test-key"
        elif scheme.kind == "header":
            headers[scheme.name] = "test-key"
    path = case.op.path
    for param in case.op.params:
        if param.location == "path":
            value = str(case.param_value(param))
            path = path.replace(f"{{{param.json_name}}}", quote(value, safe=""))
    url = prism.url(case.spec.name) + path
    return httpx.post(url, data=data, files=files, headers=headers, timeout=30.0)


@pytest.mark.parametrize(("case", "broken"), [pytest.param(c, b, id=c.id) for c, b in CONTROLS])
def test_broken_request(case: Case, broken: Breakage, prism: PrismServers) -> None:
    module = case.spec.client_module()
    if broken.where == "multipart":
        response = post_raw_multipart(case, broken, prism)
        body = response.json()
        found = violations_of(response, body)
        assert response.status_code == 422, f"HTTP {response.status_code}: {response.text}"
        assert any(broken.named_by(v) for v in found), (
            f"Prism's 422 does not name form field {broken.name!r}: {body}"
        )
        return
    kwargs = {**case.valid_kwargs(), **broken.kwargs()}
    with (
        prism_client(case, prism) as (client, _),
        pytest.raises(module.UnprocessableEntityError) as info,
    ):
        case.method(client)(**kwargs)
    found = violations_of(info.value.response, body_json(info.value))
    assert any(broken.named_by(v) for v in found), (
        f"Prism's 422 does not name {broken.where} {broken.name!r}:\n{prism_says(info.value)}"
    )


def test_every_spec_has_a_control() -> None:
    """Each spec has at least one broken request that Prism must reject."""
    specs = {c.spec.name for c in CASES}
    assert specs, "no specs found"
    assert {c.spec.name for c, _ in CONTROLS} == specs


def test_only_free_text_inputs_lack_a_control() -> None:
    """An operation without a control has nothing but free-text path parameters to break."""
    for case in CASES:
        if case.id in UNCONTROLLED:
            assert case.op.body is None, case.id
            assert all(p.location == "path" or not p.required for p in case.op.params), case.id


def test_every_spec_has_a_generated_client() -> None:
    for case in CASES:
        package = GENERATED / case.spec.name / case.spec.name
        assert package.is_dir(), f"{package} is missing: run `python -m generator generate`"
