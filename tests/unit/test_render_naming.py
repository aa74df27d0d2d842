"""Escaping filters and identifiers: spec text can never become code."""

from __future__ import annotations

import ast

import pytest

from generator.ir import SpecText
from generator.naming import field_name, pascal, snake, unique
from generator.render import UnescapedSpecText, comment, docstring, environment, pystr

HOSTILE = [
    '"""; import os; os.system("rm -rf /") #',
    "\\\"\"\" + __import__('os').system('id') + \"\"\"\\",
    "end with a quote\"",
    "back\\slash at the end\\",
    "NUL \x00 byte and \x1b escape",
    "line\rbreak\u2028and\u2029more\x0bvt\x0cff\x85nel",
    "{{ 7*7 }} {% raw %} jinja",
    "'''single''' \"double\"",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_is_one_inert_string(text):
    src = f'def f():\n    """{docstring(text)}"""\n    return 1\n'
    tree = ast.parse(src)
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef) and len(fn.body) == 2
    assert isinstance(fn.body[0], ast.Expr) and isinstance(fn.body[0].value, ast.Constant)


@pytest.mark.parametrize("text", HOSTILE)
def test_string_literal_round_trips(text):
    assert ast.literal_eval(pystr(text)) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_comment_stays_on_one_line(text):
    src = f"x = 1  # {comment(text)}\ny = 2\n"
    tree = ast.parse(src)
    assert [type(n) for n in tree.body] == [ast.Assign, ast.Assign]


def test_unfiltered_spec_text_is_refused():
    template = environment().from_string("x = {{ value }}")
    with pytest.raises(UnescapedSpecText):
        template.render(value=SpecText("1; import os"))
    assert environment().from_string("x = {{ value|pystr }}").render(value=SpecText("a'b")) == "x = \"a'b\""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("chat_completion_request", "ChatCompletionRequest"),
        ("chat.completion", "ChatCompletion"),
        ("HTTPValidationError", "HTTPValidationError"),
        ("Body_transcriptions_v0_audio_transcriptions_post", "BodyTranscriptionsV0AudioTranscriptionsPost"),
        ("200-response", "N200Response"),
        ("café au lait", "CafeAuLait"),
        ("../../etc/passwd", "EtcPasswd"),
        ("", "Model"),
    ],
)
def test_pascal(raw, expected):
    assert pascal(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("fooBar", "foo_bar"),
        ("class", "class_"),
        ("model_config", "model_config_"),
        ("json", "json_"),
        ("schema", "schema_"),
        ("X-Request-ID", "x_request_id"),
        ("2fa", "n_2_fa"),
        ("$ref", "ref"),
        ("_private", "private"),
        ("名前", "value"),
    ],
)
def test_field_name(raw, expected):
    name = field_name(raw)
    assert name == expected and name.isidentifier()


def test_unique_prefers_meaningful_hints():
    taken = {"Foo"}
    assert unique("Foo", taken, ["FooSchema"]) == "FooSchema"
    assert unique("Foo", taken, ["FooSchema"]) == "Foo2"
    assert snake("HTTPServer") == "http_server"
