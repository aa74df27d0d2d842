"""Our models and datamodel-code-generator's accept and reject the same payloads.

For every component schema of every seed spec: valid payloads (minimal and full), and payloads
broken in exactly one place (a required field missing, a field of the wrong type, an enum value
the spec does not list). Both sides are pydantic v2 models, so a disagreement means the two
generators typed a schema differently.

Known, deliberate differences (kept out of the comparison, each for a stated reason):
* ``format`` (uri, date-time, uuid, ...) is an annotation in JSON Schema 2020-12; our models keep
  such values as ``str`` and datamodel-code-generator parses them (AnyUrl, datetime, UUID).
  Payloads here use well-formed values, so both accept.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from tests.generated.conftest import SPECS
from tests.generated.payloads import Sampler

SEEDS = ["chat_streaming", "aibrary", "openai_audio"]


def _theirs(spec: Path, tmp: Path):
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate

    out = tmp / f"dmc_{spec.stem}.py"
    generate(
        spec.read_text(),
        input_file_type=InputFileType.OpenAPI,
        output=out,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
    )
    name = f"dmc_{spec.stem}"
    module_spec = importlib.util.spec_from_file_location(name, out)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


def _accepts(model, payload) -> bool:
    try:
        model.model_validate(payload)
    except ValidationError:
        return False
    return True


def _their_class(module, key: str, props: set[str]):
    """datamodel-code-generator numbers colliding names (``Audio1``); find the class by name
    and by its fields."""
    from generator.naming import pascal

    bases = {key, pascal(key), key.replace("_", "")}
    for name in dir(module):
        cls = getattr(module, name)
        if not (isinstance(cls, type) and hasattr(cls, "model_fields")):
            continue
        if name.rstrip("0123456789") not in bases:
            continue
        fields = {f.alias or n for n, f in cls.model_fields.items()}
        if fields == props:
            return cls
    return None


@pytest.mark.parametrize("stem", SEEDS)
def test_models_agree_with_datamodel_code_generator(stem, tmp_path):
    from generator.naming import pascal

    spec_path = SPECS / f"{stem}.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    ours = importlib.import_module(f"{stem}.models")
    theirs = _theirs(spec_path, tmp_path)
    sampler = Sampler(spec)
    compared = disagreements = rejected = 0
    problems = []
    schemas = spec["components"]["schemas"]
    for key, schema in schemas.items():
        our_cls = getattr(ours, pascal(key), None)
        their_cls = _their_class(theirs, key, set(sampler.properties(schema)[0]))
        if not (isinstance(our_cls, type) and hasattr(our_cls, "model_validate")) or their_cls is None:
            continue
        for label, payload in sampler.samples(schema):
            a, b = _accepts(our_cls, payload), _accepts(their_cls, payload)
            compared += 1
            rejected += not a
            if a != b:
                disagreements += 1
                problems.append(f"{key} [{label}]: ours {'accepts' if a else 'rejects'}, datamodel-code-generator {'accepts' if b else 'rejects'}")
    classes = sum(1 for k in schemas if isinstance(getattr(ours, pascal(k), None), type))
    assert compared > 5 * classes * 0.5, f"too few comparisons: {compared} for {classes} classes"
    assert rejected > compared * 0.2, "the invalid payloads should mostly be rejected"
    print(f"{stem}: {compared} payloads over {classes} classes, {rejected} rejected by both")
    assert not problems, "\n".join(problems[:40])
