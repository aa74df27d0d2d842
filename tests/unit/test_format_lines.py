"""The fast path of the format stage: ``format_lines.split_statement`` lays out a long
parameter, field or dict-entry line exactly as black does, and hands anything it does not
cover back to black (``None``)."""

from __future__ import annotations

import itertools
from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator.format_lines import split_statement

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _black_alone(line: str, kind: str) -> str:
    """What black makes of ``line`` where the generated code has it."""
    if kind in fmt._WRAPS:
        wrap = fmt._WRAPS[kind]
        out = fmt._unwrap(black.format_str(wrap[0] + line + "\n" + wrap[1], mode=fmt.black_mode()), wrap)
        assert out is not None
        return out
    levels = (len(line) - len(line.lstrip(" "))) // 4 - 1
    head = "".join("    " * d + "if _:\n" for d in range(levels)) + "    " * levels + "_ = {\n"
    out = black.format_str(head + line + "\n" + "    " * levels + "}\n", mode=fmt.black_mode())
    body = out.split("\n")[levels + 1 : -2]
    return "\n".join(body)


NAMES = ["a", "address", "payment_method_configuration_details_with_long_name"]
TYPES = [
    "PostAccountsAccountPersonsRequestAddress | PostAccountsAccountPersonsRequestAddressParam",
    "Literal[" + ", ".join(f'"value_{i}"' for i in range(14)) + "]",
    "Sequence[PostCheckoutSessionsRequestCustomFieldsItem | PostCheckoutSessionsRequestCustomFieldsItemParam]",
    "Mapping[str, PostCouponsRequestCurrencyOptionsValue | PostCouponsRequestCurrencyOptionsValueParam]",
    'NotRequired[GetInvoicesUpcomingCustomerDetailsAddressOptionalFieldsAddress | Literal[""]]',
    'Annotated[Literal["active", "inactive", "pending"], LenientLiteral] | None',
    'list[Annotated[Literal["invoice", "subscription"], LenientLiteral]] | None',
    "CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer",
    "dict[str, list[int]] | _models.SomeVeryLongModelNameForTesting | _models.AnotherLongOne",
]


@pytest.mark.parametrize("kind", ["param", "field"])
def test_params_and_fields_match_black(kind):
    checked = 0
    for name, type_ in itertools.product(NAMES, TYPES):
        for default in ("", " = NOT_GIVEN", " = None", ' = Field(default=None, alias="x-y")'):
            if kind == "param" and "Field" in default:
                continue
            line = (
                f"        {name}: {type_}{default},"
                if kind == "param"
                else f"    {name}: {type_}{default}"
            )
            if len(line) <= fmt.LINE_LENGTH:
                continue
            got = split_statement(line, kind)
            assert got is not None, line
            assert got == _black_alone(line, kind), line
            checked += 1
    assert checked > 40


@pytest.mark.parametrize("indent", [8, 16, 24])
def test_dict_entries_match_black(indent):
    pad = " " * indent
    lines = [
        f'{pad}"address_kana_long_property": PartEncoding(style=ParamStyle("deepObject", True)),',
        f'{pad}("query", "subscription_billing_cycle_anchor"): ("deepObject", True, False, None),',
        f'{pad}"content_type": PartEncoding(content_type="application/json", headers=(("X-A", "b"), ("X-C", "d"))),',
        f'{pad}"a_very_long_key_name_that_goes_on": some_function_name(argument_one, argument_two, argument_three),',
    ]
    for line in lines:
        if len(line) <= fmt.LINE_LENGTH:
            continue
        got = split_statement(line, "entry")
        assert got is not None, line
        assert got == _black_alone(line, "entry"), line


@pytest.mark.parametrize(
    "line, kind",
    [
        (
            "        name: Callable[[int], str] | Literal['x'] | SomeOtherLongTypeName | More,",
            "param",
        ),
        ("        name: lambda x: x,", "param"),
        (
            '    name: Literal["é", "ü"] | SomeOtherVeryLongTypeNameThatIsLong | AndAnotherLongName',
            "field",
        ),
        (
            "    name: int = -1 if SomeVeryLongConditionName else SomeOtherVeryLongNameToo + 1234",
            "field",
        ),
        ('            "key": (value),', "entry"),
        ('            "key": (value,),', "entry"),
        (
            "   odd: indentation_that_is_not_a_multiple_of_four_and_goes_on_and_on_and_on_and_on",
            "field",
        ),
    ],
)
def test_what_the_port_does_not_cover_goes_to_black(line, kind):
    assert split_statement(line, kind) is None


def test_stripe_lines_match_black():
    """A sample of the long lines of a real spec (Stripe: 2,742 distinct ones; the whole set,
    and every other corpus spec's, matched black when this was written)."""
    spec = CORPUS / "apis-guru" / "stripe.com.json"
    if not spec.exists():
        pytest.skip("the shared corpus is not here")
    from generator.build import build
    from generator.normalize import normalize
    from generator.pipeline import load_and_check
    from generator.render import render_package
    from generator.resolve import resolve

    doc, _ = load_and_check(spec, schema_check=False)
    files = render_package(build(normalize(resolve(doc)), "pkg", doc.sha256))
    kinds: dict[str, str] = {}
    for path, text in files.items():
        if path.endswith(".py") and "/_runtime/" not in path:
            for chunk in fmt.split_chunks(text):
                for unit in fmt._units(chunk):
                    for _, line, kind in fmt._long_statements(unit):
                        kinds.setdefault(line, kind)
    sample = sorted(kinds.items())[::12]
    assert len(sample) > 200
    for line, kind in sample:
        got = split_statement(line, kind)
        if got is not None:
            assert got == _black_alone(line, kind), line


def test_assignments_and_returns_match_black():
    """``self.x = wrapper(resource.x)`` and ``return Name(self...)``: black's layout changes
    with the length of the names (call split after its bracket, or the value in parentheses
    first, or a head left long); every length from short to too long for any split."""
    checked = 0
    for n in range(40, 110):
        name, attr = "A" * n, "a" * (n - 20)
        lines = {
            "assign": [
                f"        self.{attr} = to_raw_response_wrapper(resource.{attr})",
                f"        self.{attr} = async_to_streamed_response_wrapper(resource.{attr})",
            ],
            "return": [
                f"        return {name}(self)",
                f"        return {name}(self._client)",
                f"        return {name}WithRawResponse(self._resource.{attr})",
            ],
        }
        for kind, group in lines.items():
            for line in group:
                if len(line) <= fmt.LINE_LENGTH:
                    continue
                got = split_statement(line, kind)
                assert got is not None, line
                assert got == _black_alone(line, kind), line
                checked += 1
    assert checked > 250


def test_module_level_aliases_match_black():
    lines = [
        (
            "PermissionClassificationType: TypeAlias = Annotated["
            'Literal["low", "medium", "high", "unknownFutureValue"], LenientLiteral]'
        ),
        (
            'ColumnTypesParam: TypeAlias = Literal["note", "text", "choice", "multichoice", '
            '"number", "currency", "dateTime", "lookup", "boolean", "user", "url", "location"]'
        ),
        (
            "ApplicationTemplatesApplicationTemplateInstantiateResponse: TypeAlias = "
            "MicrosoftGraphApplicationServicePrincipal | dict[str, Any] | None"
        ),
    ]
    for line in lines:
        assert fmt._long_statements(line) == [(0, line, "alias")]
        got = split_statement(line, "alias")
        assert got is not None and got == _black_alone(line, "alias"), line


@pytest.mark.parametrize(
    "unit",
    [
        "class " + "A" * 90 + ":\n    x = 1",
        "A" * 70 + '.__pydantic_config__ = ConfigDict(extra="allow")  # type: ignore[attr-defined]',
        "x = some_function_name(argument_one, argument_two, argument_three)  # type: ignore[misc]",
        "class _:\n    def " + "a" * 90 + "(\n        self,\n        x: int,\n    ) -> None:\n"
        "        pass",
        "# " + "word " * 30 + "end",
    ],
    ids=["class without bases", "type: ignore", "call with type: ignore", "def head", "comment"],
)
def test_lines_black_cannot_shorten_are_kept(unit):
    assert fmt._stable(unit)  # kept as written ...
    assert black.format_str(unit + "\n", mode=fmt.black_mode()) == unit + "\n"  # ... as black keeps it
