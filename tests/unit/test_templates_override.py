"""User template overrides (``--custom-template-path DIR``, ``[tool.generator] templates``):
what may be replaced, that the escaping rules still hold, clear errors, and the cache."""

from __future__ import annotations

import ast
from pathlib import Path

import black
import pytest

from generator.cli import main
from generator.user_templates import OVERRIDABLE

SPEC = '''openapi: 3.1.0
info: {title: 'Pets """ <b>x</b>', version: '2.0'}
servers: [{url: 'https://pets.example'}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
'''


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAPI_PYCLIENT_NO_CACHE", raising=False)


def _setup(tmp_path: Path, **templates: str) -> tuple[Path, Path, Path]:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    folder = tmp_path / "tpl"
    folder.mkdir()
    for name, text in templates.items():
        (folder / name).write_text(text)
    return spec, folder, tmp_path / "out"


def _generate(spec: Path, out: Path, folder: Path) -> int:
    return main(["generate", str(spec), "--out", str(out), "--custom-template-path", str(folder)])


def test_overrides_replace_readme_pyproject_and_the_module_header(tmp_path, capsys):
    builtin = (
        Path(__file__).resolve().parents[2] / "templates" / "pyproject.toml.jinja"
    ).read_text()
    spec, folder, out = _setup(
        tmp_path,
        **{
            "README.md.jinja": "# {{ api.title|md }} by ACME\n\nVersion {{ api.package_version }}.\n",
            "pyproject.toml.jinja": builtin.replace(
                "[tool.setuptools]",
                '[project.urls]\nHomepage = "https://acme.example"\n\n[tool.setuptools]',
            ),
            "header.jinja": "\tCopyright ACME. Client for {{ api.title|docstring }}.   \n\tRegenerate with `make generate`.\n",
        },
    )
    assert _generate(spec, out, folder) == 0, capsys.readouterr().err
    readme = (out / "README.md").read_text()
    # the spec's title is hostile; |md neutralised its HTML
    assert readme == '# Pets """ &lt;b&gt;x&lt;/b&gt; by ACME\n\nVersion 2.0.\n'
    assert 'Homepage = "https://acme.example"' in (out / "pyproject.toml").read_text()
    modules = sorted(p for p in (out / "pets").rglob("*.py") if "_runtime" not in p.parts)
    assert len(modules) >= 6
    for path in modules:
        text = path.read_text()
        doc = ast.get_docstring(ast.parse(text), clean=False) or ""
        assert doc.endswith(
            '\n\nCopyright ACME. Client for Pets """ <b>x</b>.\nRegenerate with `make generate`.\n'
        ), path
        assert black.format_str(text, mode=black.Mode()) == text, path  # black-stable
    assert "do not edit by hand" not in (out / "pets" / "_client.py").read_text()


def test_project_setting_relative_to_pyproject_and_cli_flag_wins(tmp_path, monkeypatch, capsys):
    _, _, out = _setup(tmp_path, **{"README.md.jinja": "project {{ api.package }}\n"})
    other = tmp_path / "other"
    other.mkdir()
    (other / "README.md.jinja").write_text("flag {{ api.package }}\n")
    (tmp_path / "pyproject.toml").write_text('[tool.generator]\ntemplates = "tpl"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "pets.yaml", "--out", "out"]) == 0
    assert (out / "README.md").read_text() == "project pets\n"
    assert main(["generate", "pets.yaml", "--out", "out", "--custom-template-path", "other"]) == 0
    assert (out / "README.md").read_text() == "flag pets\n"


def test_unescaped_spec_text_in_an_override_is_refused_naming_the_template(tmp_path, capsys):
    spec, folder, out = _setup(tmp_path, **{"README.md.jinja": "# Client\n\n{{ api.title }}\n"})
    assert _generate(spec, out, folder) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {folder.resolve() / 'README.md.jinja'}:3: cannot render:")
    assert "spec text emitted without an escaping filter" in err and "|md" not in err
    assert "escaping filter (docstring, pystr, comment, md, toml or ident)" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()  # nothing written
    (folder / "README.md.jinja").write_text("# Client\n\n{{ api.title|md }}\n")
    assert _generate(spec, out, folder) == 0
    assert (out / "README.md").read_text() == '# Client\n\nPets """ &lt;b&gt;x&lt;/b&gt;\n'


def test_unescaped_spec_text_in_the_header_is_refused_too(tmp_path, capsys):
    spec, folder, out = _setup(tmp_path, **{"header.jinja": "About\n{{ api.title }}\n"})
    assert _generate(spec, out, folder) == 1
    err = capsys.readouterr().err
    assert f"{folder.resolve() / 'header.jinja'}:2: cannot render: spec text emitted" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "README.md.jinja",
            "{% if api.title %}\nno end\n",
            "README.md.jinja:2: invalid template: Unexpected end of template",
        ),
        (
            "README.md.jinja",
            "line\n{{ api.no_such_thing }}\n",
            "README.md.jinja:2: cannot render: 'generator.ir.Api object' has no attribute 'no_such_thing'",
        ),
        (
            "pyproject.toml.jinja",
            "[project\nname = 1\n",
            "pyproject.toml.jinja: renders invalid TOML",
        ),
        (
            "header.jinja",
            'Ends here """ and this runs\n',
            "header.jinja: renders text that cannot stand inside a docstring",
        ),
        (
            "header.jinja",
            "C:\\Users\\x\n",
            "header.jinja: renders text that cannot stand inside a docstring",
        ),
        (
            "client.py.jinja",
            "x\n",
            "client.py.jinja cannot be overridden (only README.md.jinja, pyproject.toml.jinja, header.jinja can)",
        ),
    ],
)
def test_bad_templates_are_one_line_errors(tmp_path, capsys, name, text, message):
    spec, folder, out = _setup(tmp_path)
    (folder / name).write_text(text)
    assert _generate(spec, out, folder) == 1
    err = capsys.readouterr().err
    assert message in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_missing_folder_is_an_error(tmp_path, capsys):
    spec, _, out = _setup(tmp_path)
    assert _generate(spec, out, tmp_path / "nope") == 1
    assert "nope: the template folder does not exist" in capsys.readouterr().err


def test_changing_an_override_regenerates(tmp_path, capsys):
    spec, folder, out = _setup(tmp_path, **{"README.md.jinja": "one\n"})
    assert _generate(spec, out, folder) == 0
    capsys.readouterr()
    assert _generate(spec, out, folder) == 0
    assert ": unchanged →" in capsys.readouterr().out
    (folder / "README.md.jinja").write_text("two\n")
    assert _generate(spec, out, folder) == 0
    assert ": unchanged →" not in capsys.readouterr().out
    assert (out / "README.md").read_text() == "two\n"
    (folder / "header.jinja").write_text("Owned by ACME.\n")  # a new override
    assert _generate(spec, out, folder) == 0
    assert ": unchanged →" not in capsys.readouterr().out
    assert "Owned by ACME." in (out / "pets" / "__init__.py").read_text()
    # and back to the built-in templates
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" not in capsys.readouterr().out
    assert (out / "README.md").read_text().startswith("# Pets")


def test_an_empty_header_leaves_one_line_docstrings(tmp_path, capsys):
    spec, folder, out = _setup(tmp_path, **{"header.jinja": "{# nothing #}\n"})
    assert _generate(spec, out, folder) == 0
    text = (out / "pets" / "_resources" / "__init__.py").read_text()
    assert text == '"""Resource classes, one module per top-level resource."""\n'
    client = (out / "pets" / "_client.py").read_text()
    assert black.format_str(client, mode=black.Mode()) == client


def test_the_allow_list_is_what_the_readme_names():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert OVERRIDABLE == ("README.md.jinja", "pyproject.toml.jinja", "header.jinja")
    assert all(f"`{name}`" in readme for name in OVERRIDABLE)
