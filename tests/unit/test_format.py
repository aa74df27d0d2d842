"""The formatting shortcut: a chunk kept as the templates wrote it is exactly what black
would have produced, and every generated file is black-stable."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator.build import build
from generator.normalize import normalize
from generator.pipeline import load_and_check
from generator.render import render_package
from generator.resolve import resolve

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SPECS = [
    ROOT / "specs" / "chat_streaming.yaml",
    ROOT / "specs" / "aibrary.yaml",
    ROOT / "specs" / "openai_audio.yaml",
    CORPUS / "ai-apis" / "ollama" / "ollama-curated.yaml",
    CORPUS / "apis-guru" / "pinecone.io.json",
    CORPUS / "datamodel-code-generator" / "allof.yaml",
    CORPUS / "apis-guru" / "elevenlabs.io.json",
    CORPUS / "apis-guru" / "xkcd.com.json",
    CORPUS / "openapi-python-client" / "baseline_openapi_3.0.json",
]


def _rendered(spec: Path) -> dict[str, str]:
    doc, _ = load_and_check(spec, schema_check=False)
    api = build(normalize(resolve(doc)), "pkg", doc.sha256)
    return {p: t for p, t in render_package(api).items() if p.endswith(".py") and "/_runtime/" not in p}


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_kept_chunks_are_what_black_writes(spec):
    if not spec.exists():
        pytest.skip(f"{spec} not present")
    kept = 0
    for path, text in _rendered(spec).items():
        for i, chunk in enumerate(fmt.split_chunks(text)):
            for j, unit in enumerate(fmt._units(chunk)):
                if fmt._stable(unit):
                    kept += 1
                    source = (fmt._WRAP if j else "") + unit.strip("\n") + "\n"
                    assert black.format_str(source, mode=fmt.black_mode()) == source, f"{path}: {i}.{j} differs from black"
    assert kept, "the shortcut kept nothing: the templates drifted from black's layout"


@pytest.mark.parametrize("spec", SPECS[:3], ids=lambda p: p.stem)
def test_formatted_files_are_black_stable(spec):
    for path, text in fmt.format_many(_rendered(spec)).items():
        assert black.format_str(text, mode=fmt.black_mode()) == text, path


@pytest.mark.parametrize("spec", SPECS[3:], ids=lambda p: p.stem)
def test_formatted_corpus_files_are_black_stable(spec):
    if not spec.exists():
        pytest.skip(f"{spec} not present")
    for path, text in fmt.format_many(_rendered(spec)).items():
        assert black.format_str(text, mode=fmt.black_mode()) == text, path


@pytest.mark.parametrize("length", [10, 60, 79, 80, 81, 84, 85, 86, 120])
def test_long_class_lines_and_imports_match_black(length):
    from generator.render import class_line, import_from

    name = "C" * length
    source = class_line(name, "BaseModel") + "\n    x: int\n"
    assert black.format_str(source, mode=fmt.black_mode()) == source
    names = sorted(f"Name{i}{'x' * (length // 10)}" for i in range(length // 10 + 1))
    for indent in (0, 4):
        stmt = import_from(names, "..models", indent)
        source = stmt + "\n" if not indent else "if X:\n" + stmt + "\n"
        assert black.format_str(source, mode=fmt.black_mode()) == source


def test_code_kept_past_black_must_still_parse():
    from generator.errors import FormatError

    broken = '"""Doc."""\n\nfrom __future__ import annotations\n\nif TYPE_CHECKING:\n\n__all__ = ["A"]\n'
    with pytest.raises(FormatError, match="does not parse"):
        fmt.format_many({"pkg/models/__init__.py": broken})
    method = "class A:\n    x: int\n\n    def f(self) -> int:\n        return (\n"
    with pytest.raises(FormatError):
        fmt.format_many({"pkg/a.py": method})
