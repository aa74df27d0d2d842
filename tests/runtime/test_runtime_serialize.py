"""Parameter serialization (``runtime._serialize``), row by row against the specification.

The reference is the OpenAPI Specification 3.1.1, Parameter Object, "Style Values" and "Style
Examples" (https://spec.openapis.org/oas/v3.1.1#style-values and #style-examples): a parameter
``color`` holding the string ``"blue"``, the array ``["blue", "black", "brown"]`` or the object
``{"R": 100, "G": 200, "B": 150}``, for each style × explode, plus the ``undefined`` column (here
``[]``). Label and matrix follow RFC 6570, as the 3.1.1 table does (3.0.x showed
``.blue.black.brown`` for label without explode). Where the table says n/a, or where this
runtime departs from it, the row says so:

* pipeDelimited joins with ``%7C`` (3.1.1 table and Appendix E: ``|`` is not allowed in a URI);
* deepObject percent-encodes its brackets ``color%5BR%5D=100`` (the 3.1.1 table; 3.0.x showed them literal);
* an undefined label value is ``%2E``, not ``.``, so that it can never be a relative segment;
* form with ``explode: true`` sends nothing for an empty array (the table shows ``color=``).
"""

from __future__ import annotations

import datetime as dt
import enum
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from pydantic import BaseModel, ConfigDict, Field
from runtime._serialize import (
    DEFAULT_STYLES,
    ParamStyle,
    cookie_pairs,
    header_value,
    path_value,
    query_pairs,
    query_string,
)

P = "blue"
A = ["blue", "black", "brown"]
O = {"R": 100, "G": 200, "B": 150}
EMPTY: list[str] = []

# Every character class that needs care: reserved delimiters, space, %, non-ASCII (2 and 4 bytes)
NASTY = "a/b?c&d=e,f g%h+i#j[k]é🎉"
NASTY_STRICT = "a%2Fb%3Fc%26d%3De%2Cf%20g%25h%2Bi%23j%5Bk%5D%C3%A9%F0%9F%8E%89"
NASTY_QUERY_RESERVED = "a/b?c%26d%3De,f%20g%25h%2Bi%23j[k]%C3%A9%F0%9F%8E%89"
NASTY_PATH_RESERVED = "a/b%3Fc&d=e,f%20g%25h+i%23j%5Bk%5D%C3%A9%F0%9F%8E%89"

UTC_TIME = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
IST_TIME = dt.datetime(
    2024, 1, 2, 3, 4, 5, 123000, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))
)
ID = UUID("12345678-1234-5678-1234-567812345678")
ID_TEXT = "12345678-1234-5678-1234-567812345678"


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    HIGH = 3


class RGB(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    red: int = Field(alias="R")
    green: int = Field(alias="G")
    blue: int | None = Field(default=None, alias="B")


MODEL = RGB.model_validate(
    {"R": 100, "G": 200}
)  # B never set: left out (exclude_unset)


def style(name: str, explode: bool = False, reserved: bool = False) -> ParamStyle:
    return ParamStyle(name, explode, allow_reserved=reserved)


def content(media: str) -> ParamStyle:
    return ParamStyle("form", True, content_type=media)


SIMPLE, SIMPLE_X = style("simple"), style("simple", True)
LABEL, LABEL_X = style("label"), style("label", True)
MATRIX, MATRIX_X = style("matrix"), style("matrix", True)
FORM, FORM_X = style("form"), style("form", True)
SPACE, SPACE_X = style("spaceDelimited"), style("spaceDelimited", True)
PIPE, PIPE_X = style("pipeDelimited"), style("pipeDelimited", True)
DEEP, DEEP_FLAT = style("deepObject", True), style("deepObject", False)
DEEP_INDICES = ParamStyle("deepObject", True, array_format="indices")
DEEP_REPEAT = ParamStyle("deepObject", True, array_format="repeat")


# --- path -------------------------------------------------------------------------------------

# (value, style, expected text for {color})
PATH: list[tuple[object, ParamStyle, str]] = [
    # the table: matrix
    (EMPTY, MATRIX, ";color"),
    (P, MATRIX, ";color=blue"),
    (A, MATRIX, ";color=blue,black,brown"),
    (O, MATRIX, ";color=R,100,G,200,B,150"),
    (EMPTY, MATRIX_X, ";color"),
    (P, MATRIX_X, ";color=blue"),
    (A, MATRIX_X, ";color=blue;color=black;color=brown"),
    (O, MATRIX_X, ";R=100;G=200;B=150"),
    # the table: label (undefined is "." in the table: sent as %2E, see the module docstring)
    (EMPTY, LABEL, "%2E"),
    (P, LABEL, ".blue"),
    (A, LABEL, ".blue,black,brown"),
    (O, LABEL, ".R,100,G,200,B,150"),
    (EMPTY, LABEL_X, "%2E"),
    (P, LABEL_X, ".blue"),
    (A, LABEL_X, ".blue.black.brown"),
    (O, LABEL_X, ".R=100.G=200.B=150"),
    # the table: simple
    (EMPTY, SIMPLE, ""),
    (P, SIMPLE, "blue"),
    (A, SIMPLE, "blue,black,brown"),
    (O, SIMPLE, "R,100,G,200,B,150"),
    (EMPTY, SIMPLE_X, ""),
    (P, SIMPLE_X, "blue"),
    (A, SIMPLE_X, "blue,black,brown"),
    (O, SIMPLE_X, "R=100,G=200,B=150"),
    # undefined: None and {} are like []
    (None, SIMPLE, ""),
    (None, MATRIX, ";color"),
    ({}, MATRIX_X, ";color"),
    # RFC 6570: an empty string is defined (";color" without "=" for matrix)
    ("", SIMPLE, ""),
    ("", LABEL, "%2E"),  # "." alone would be a relative segment
    ("", MATRIX, ";color"),
    (["a", ""], MATRIX_X, ";color=a;color"),
    # None members are left out
    (["a", None, "b"], SIMPLE, "a,b"),
    ({"R": 1, "G": None}, SIMPLE_X, "R=1"),
    # percent-encoding, with and without allowReserved
    (NASTY, SIMPLE, NASTY_STRICT),
    (NASTY, style("simple", reserved=True), NASTY_PATH_RESERVED),
    ("a%41b", style("simple", reserved=True), "a%41b"),  # existing triples pass through
    ("~-._", SIMPLE, "~-._"),
    (["a,b", "c"], SIMPLE, "a%2Cb,c"),  # a comma inside a value is not a delimiter
    ({"k,": "v=w"}, SIMPLE_X, "k%2C=v%3Dw"),
    (["x.y", "z"], LABEL_X, ".x.y.z"),  # "." is unreserved: label cannot escape it
    ({"a;b": "c"}, MATRIX_X, ";a%3Bb=c"),
    # never a relative segment
    (".", SIMPLE, "%2E"),
    ("..", SIMPLE, "%2E%2E"),
    ("...", SIMPLE, "..."),
    (["."], SIMPLE, "%2E"),
    (".", LABEL, "%2E%2E"),
    ("..", MATRIX, ";color=.."),
    ("a/../b", style("simple", reserved=True), "a/%2E%2E/b"),
    ("./x/.", style("simple", reserved=True), "%2E/x/%2E"),
    # value types
    (True, SIMPLE, "true"),
    ([True, False], SIMPLE, "true,false"),
    (3.5, SIMPLE, "3.5"),
    (Decimal("1.50"), SIMPLE, "1.50"),
    (ID, SIMPLE, ID_TEXT),
    (Color.RED, SIMPLE, "red"),
    (Level.HIGH, LABEL, ".3"),
    (UTC_TIME, SIMPLE, "2024-01-02T03%3A04%3A05Z"),
    (dt.date(2024, 1, 2), SIMPLE, "2024-01-02"),
    (MODEL, SIMPLE_X, "R=100,G=200"),
    (MODEL, MATRIX, ";color=R,100,G,200"),
    ([{"a": 1}], SIMPLE, "%7B%22a%22%3A1%7D"),  # nested structures are JSON text
    # content: application/json
    ({"a": 1}, content("application/json"), "%7B%22a%22%3A1%7D"),
    ("..", content("text/plain"), "%2E%2E"),
]


@pytest.mark.parametrize(("value", "param_style", "expected"), PATH)
def test_path_value(value: object, param_style: ParamStyle, expected: str) -> None:
    assert path_value("color", value, param_style) == expected


# --- query ------------------------------------------------------------------------------------

# (name, value, style, expected query string)
QUERY: list[tuple[str, object, ParamStyle, str]] = [
    # the table: form (prefix "?" dropped)
    ("color", EMPTY, FORM, "color="),
    ("color", P, FORM, "color=blue"),
    ("color", A, FORM, "color=blue,black,brown"),
    ("color", O, FORM, "color=R,100,G,200,B,150"),
    ("color", EMPTY, FORM_X, ""),  # see the module docstring
    ("color", P, FORM_X, "color=blue"),
    ("color", A, FORM_X, "color=blue&color=black&color=brown"),
    ("color", O, FORM_X, "R=100&G=200&B=150"),
    # the table: spaceDelimited / pipeDelimited without explode
    ("color", A, SPACE, "color=blue%20black%20brown"),
    ("color", O, SPACE, "color=R%20100%20G%20200%20B%20150"),
    ("color", A, PIPE, "color=blue%7Cblack%7Cbrown"),
    ("color", O, PIPE, "color=R%7C100%7CG%7C200%7CB%7C150"),
    # n/a in the table: a primitive, an empty value, explode (sent as form explode)
    ("color", P, SPACE, "color=blue"),
    ("color", EMPTY, PIPE, "color="),
    ("color", A, SPACE_X, "color=blue&color=black&color=brown"),
    ("color", O, PIPE_X, "R=100&G=200&B=150"),
    # the table: deepObject (3.1.1: brackets percent-encoded)
    ("color", O, DEEP, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
    # n/a: deepObject without explode, nesting, arrays, primitives, empty
    ("color", O, DEEP_FLAT, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
    ("a", {"b": {"c": 1}}, DEEP, "a%5Bb%5D%5Bc%5D=1"),
    # arrays: brackets by default (Rails, PHP, qs, Stripe), or as the spec options choose
    ("a", {"b": ["x", "y"]}, DEEP, "a%5Bb%5D%5B%5D=x&a%5Bb%5D%5B%5D=y"),
    ("a", {"b": ["x", "y"]}, DEEP_INDICES, "a%5Bb%5D%5B0%5D=x&a%5Bb%5D%5B1%5D=y"),
    ("a", {"b": ["x", "y"]}, DEEP_REPEAT, "a%5Bb%5D=x&a%5Bb%5D=y"),
    ("a", [{"p": 1}, {"p": 2}], DEEP_INDICES, "a%5B0%5D%5Bp%5D=1&a%5B1%5D%5Bp%5D=2"),
    ("a", {"b": None, "c": True}, DEEP, "a%5Bc%5D=true"),
    ("a", {"k[0]": "v]"}, DEEP, "a%5Bk%5B0%5D%5D=v%5D"),
    ("color", P, DEEP, "color=blue"),
    ("color", A, DEEP, "color%5B%5D=blue&color%5B%5D=black&color%5B%5D=brown"),
    ("color", A, DEEP_REPEAT, "color=blue&color=black&color=brown"),
    ("color", {}, DEEP, ""),
    ("color", MODEL, DEEP, "color%5BR%5D=100&color%5BG%5D=200"),
    # None: nothing at all, whatever the style
    ("color", None, FORM, ""),
    ("color", None, FORM_X, ""),
    ("color", None, DEEP, ""),
    ("color", None, content("application/json"), ""),
    ("color", "", FORM_X, "color="),
    ("color", ["a", None], FORM_X, "color=a"),
    # percent-encoding, with and without allowReserved (& = # + stay encoded)
    ("q", NASTY, FORM_X, f"q={NASTY_STRICT}"),
    ("q", NASTY, style("form", True, reserved=True), f"q={NASTY_QUERY_RESERVED}"),
    ("q", "https://x.io/a?b", style("form", True, reserved=True), "q=https://x.io/a?b"),
    ("q", "https://x.io/a?b", FORM_X, "q=https%3A%2F%2Fx.io%2Fa%3Fb"),
    ("q", "50% off %41", style("form", True, reserved=True), "q=50%25%20off%20%41"),
    ("q", "é", FORM_X, "q=%C3%A9"),
    ("q", "🎉", FORM_X, "q=%F0%9F%8E%89"),
    ("q", "a b", FORM_X, "q=a%20b"),  # never "+"
    (
        "color",
        ["a,b", "c"],
        FORM,
        "color=a%2Cb,c",
    ),  # only the delimiter commas are literal
    ("color", ["a b", "c"], SPACE, "color=a%20b%20c"),  # no escape exists (Appendix E)
    ("color", ["a|b"], PIPE, "color=a%7Cb"),
    ("color", {"a&b": "c=d"}, FORM_X, "a%26b=c%3Dd"),
    ("color", {"a/b": "c/d"}, style("form", True, reserved=True), "a%2Fb=c/d"),
    ("filter[status]", "open", FORM_X, "filter%5Bstatus%5D=open"),  # declared names are encoded
    ("ids[]", [1, 2], FORM_X, "ids%5B%5D=1&ids%5B%5D=2"),
    ("a b&c", "x", FORM_X, "a%20b%26c=x"),
    # value types
    ("flag", True, FORM_X, "flag=true"),
    ("flag", False, FORM_X, "flag=false"),
    ("n", 0, FORM_X, "n=0"),
    ("n", 2.5, FORM_X, "n=2.5"),
    ("d", Decimal("0.10"), FORM_X, "d=0.10"),
    ("id", ID, FORM_X, f"id={ID_TEXT}"),
    ("c", Color.GREEN, FORM_X, "c=green"),
    ("c", [Color.RED, Color.GREEN], FORM, "c=red,green"),
    ("t", UTC_TIME, FORM_X, "t=2024-01-02T03%3A04%3A05Z"),
    ("t", IST_TIME, FORM_X, "t=2024-01-02T03%3A04%3A05.123000%2B05%3A30"),
    ("t", dt.datetime(2024, 1, 2, 3, 4, 5), FORM_X, "t=2024-01-02T03%3A04%3A05"),
    ("t", dt.date(2024, 1, 2), FORM_X, "t=2024-01-02"),
    ("t", dt.time(3, 4, 5), FORM_X, "t=03%3A04%3A05"),
    ("t", dt.timedelta(hours=1, minutes=30), FORM_X, "t=PT1H30M"),
    ("color", MODEL, FORM_X, "R=100&G=200"),
    ("color", MODEL, FORM, "color=R,100,G,200"),
    (
        "color",
        {"R": [1, 2]},
        FORM_X,
        "R=%5B1%2C2%5D",
    ),  # nested structures are JSON text
    # content: the media type's text, then percent-encoded as one primitive
    ("filter", {"a": 1}, content("application/json"), "filter=%7B%22a%22%3A1%7D"),
    ("filter", [1, "é"], content("application/json"), "filter=%5B1%2C%22%C3%A9%22%5D"),
    (
        "filter",
        MODEL,
        content("application/json"),
        "filter=%7B%22R%22%3A100%2C%22G%22%3A200%7D",
    ),
    (
        "filter",
        {"at": UTC_TIME, "id": ID},
        content("application/vnd.api+json; charset=utf-8"),
        "filter=%7B%22at%22%3A%222024-01-02T03%3A04%3A05Z%22%2C%22id%22%3A%22"
        + ID_TEXT
        + "%22%7D",
    ),
    ("filter", "a b", content("text/plain"), "filter=a%20b"),
    ("filter", True, content("application/json"), "filter=true"),
]


@pytest.mark.parametrize(("name", "value", "param_style", "expected"), QUERY)
def test_query_pairs(
    name: str, value: object, param_style: ParamStyle, expected: str
) -> None:
    pairs = query_pairs(name, value, param_style)
    assert query_string(pairs) == expected
    assert all("&" not in pair for pair in pairs)


# --- query_string -----------------------------------------------------------------------------

QUERY_STRING: list[tuple[list[str], str]] = [
    ([], ""),
    (["a=1"], "a=1"),
    (["a=1", "b=2", "a=3"], "a=1&b=2&a=3"),
    (
        query_pairs("color", A, FORM_X) + query_pairs("o", O, DEEP),
        "color=blue&color=black&color=brown&o%5BR%5D=100&o%5BG%5D=200&o%5BB%5D=150",
    ),
]


@pytest.mark.parametrize(("pairs", "expected"), QUERY_STRING)
def test_query_string(pairs: list[str], expected: str) -> None:
    assert query_string(pairs) == expected


# --- header -----------------------------------------------------------------------------------

HEADER: list[tuple[object, ParamStyle, str]] = [
    (P, SIMPLE, "blue"),
    (A, SIMPLE, "blue,black,brown"),
    (O, SIMPLE, "R,100,G,200,B,150"),
    (EMPTY, SIMPLE, ""),
    (P, SIMPLE_X, "blue"),
    (A, SIMPLE_X, "blue,black,brown"),
    (O, SIMPLE_X, "R=100,G=200,B=150"),
    (None, SIMPLE, ""),
    # not percent-encoded: headers carry text
    ("a b/c?d%e", SIMPLE, "a b/c?d%e"),
    ("é", SIMPLE, "é"),
    # value types
    (True, SIMPLE, "true"),
    (UTC_TIME, SIMPLE, "2024-01-02T03:04:05Z"),
    (dt.date(2024, 1, 2), SIMPLE, "2024-01-02"),
    (ID, SIMPLE, ID_TEXT),
    (Color.RED, SIMPLE, "red"),
    ([1, None, 2], SIMPLE, "1,2"),
    (MODEL, SIMPLE_X, "R=100,G=200"),
    ({"a": 1}, ParamStyle("simple", False, content_type="application/json"), '{"a":1}'),
    ("x", DEFAULT_STYLES["header"], "x"),
]


@pytest.mark.parametrize(("value", "param_style", "expected"), HEADER)
def test_header_value(value: object, param_style: ParamStyle, expected: str) -> None:
    assert header_value(value, param_style) == expected


@pytest.mark.parametrize(
    "value", ["a\r\nX-Injected: 1", "a\nb", "a\rb", ["ok", "a\nb"], "a\0b"]
)
def test_header_value_rejects_line_breaks(value: object) -> None:
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        header_value(value, SIMPLE)


# --- cookie -----------------------------------------------------------------------------------

COOKIE: list[tuple[object, ParamStyle, list[tuple[str, str]]]] = [
    (P, FORM_X, [("color", "blue")]),
    (A, FORM_X, [("color", "blue"), ("color", "black"), ("color", "brown")]),
    (O, FORM_X, [("R", "100"), ("G", "200"), ("B", "150")]),
    (EMPTY, FORM_X, []),
    (P, FORM, [("color", "blue")]),
    (A, FORM, [("color", "blue,black,brown")]),
    (O, FORM, [("color", "R,100,G,200,B,150")]),
    (EMPTY, FORM, [("color", "")]),
    (None, FORM, []),
    (None, FORM_X, []),
    # values cannot break the Cookie header, even with allowReserved (query-only)
    ("a b;c", FORM, [("color", "a%20b%3Bc")]),
    (["a,b", "c"], FORM, [("color", "a%2Cb,c")]),
    ('"x"\\', FORM, [("color", "%22x%22%5C")]),
    (NASTY, FORM, [("color", NASTY_STRICT)]),
    (NASTY, style("form", False, reserved=True), [("color", NASTY_STRICT)]),
    ({"a b": "c;d"}, FORM_X, [("a%20b", "c%3Bd")]),
    # value types
    (True, FORM, [("color", "true")]),
    (UTC_TIME, FORM, [("color", "2024-01-02T03%3A04%3A05Z")]),
    (ID, FORM, [("color", ID_TEXT)]),
    (Color.GREEN, FORM, [("color", "green")]),
    (MODEL, FORM_X, [("R", "100"), ("G", "200")]),
    ({"a": 1}, content("application/json"), [("color", "%7B%22a%22%3A1%7D")]),
]


@pytest.mark.parametrize(("value", "param_style", "expected"), COOKIE)
def test_cookie_pairs(
    value: object, param_style: ParamStyle, expected: list[tuple[str, str]]
) -> None:
    assert cookie_pairs("color", value, param_style) == expected


# --- the rest ---------------------------------------------------------------------------------


def test_default_styles() -> None:
    assert DEFAULT_STYLES == {
        "query": ParamStyle("form", True),
        "path": ParamStyle("simple", False),
        "header": ParamStyle("simple", False),
        "cookie": ParamStyle("form", True),
    }
    assert DEFAULT_STYLES["query"].allow_reserved is False
    assert DEFAULT_STYLES["query"].content_type is None


def test_styles_outside_their_location_are_rejected() -> None:
    with pytest.raises(ValueError, match="not valid for a path"):
        path_value("x", "v", FORM)
    with pytest.raises(ValueError, match="not valid for a query"):
        query_pairs("x", "v", MATRIX)
    with pytest.raises(ValueError, match="not valid for a header"):
        header_value("v", LABEL)
    with pytest.raises(ValueError, match="not valid for a cookie"):
        cookie_pairs("x", "v", DEEP)


def test_import_loads_neither_httpx_nor_pydantic() -> None:
    templates = Path(__file__).resolve().parents[2] / "templates"
    code = (
        "import sys; from runtime._serialize import *; "
        "query_pairs('a', [1, True, None, 'é'], DEFAULT_STYLES['query']); "
        "path_value('a', {'b': 1}, DEFAULT_STYLES['path']); "
        "print(sorted(m for m in ('pydantic', 'pydantic_core', 'httpx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=templates,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
