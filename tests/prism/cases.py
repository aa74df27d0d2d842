"""Every operation of every generated client, with valid (and broken) arguments from the spec."""

from __future__ import annotations

import functools
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import load_config
from generator.ir import Api, Operation, Param
from generator.load import load_path
from generator.pipeline import api_only
from generator.render import method_table
from tests.prism.synth import BINARY, Synth

ROOT = Path(__file__).resolve().parents[2]
CONFIG = load_config(ROOT)  # [tool.generator]: the specs, the output folder, package names
GENERATED = CONFIG.out

# small stand-ins for uploaded files, by the multipart field's name (Prism checks no content)
FILES = {
    "image": ("image.png", b"\x89PNG\r\n\x1a\nprism-test-image", "image/png"),
    "mask": ("mask.png", b"\x89PNG\r\n\x1a\nprism-test-mask", "image/png"),
}
DEFAULT_FILE = ("audio.wav", b"RIFF\x24\x00\x00\x00WAVEfmt prism-test-audio", "audio/wav")


def spec_files() -> list[Path]:
    return CONFIG.spec_files()


def package_for(spec: Path) -> str:
    return CONFIG.package_for(spec)


def use_generated_packages() -> None:
    """Make ``import <name>`` find ``generated/<name>/<name>``."""
    for dist in sorted(GENERATED.iterdir()) if GENERATED.is_dir() else []:
        if dist.is_dir() and str(dist) not in sys.path:
            sys.path.insert(0, str(dist))


@dataclass(frozen=True)
class Spec:
    name: str
    path: Path
    api: Api
    synth: Synth
    calls: dict[int, str]  # id(operation) -> "client.a.b.method"

    def client_module(self) -> Any:
        use_generated_packages()
        return importlib.import_module(self.name)


@functools.cache
def load_spec(path: Path) -> Spec:
    name = package_for(path)
    _, api = api_only(path, name, CONFIG.options_for(path))
    data = load_path(path).data  # a fresh copy: the spec exactly as Prism reads it
    rows = method_table(api)
    ops = api.all_operations()
    assert len(rows) == len(ops)
    calls = {id(op): row[0] for (_, op), row in zip(ops, rows, strict=True)}
    return Spec(name, path, api, Synth(data), calls)


@dataclass(frozen=True)
class Case:
    spec: Spec
    op: Operation
    call: str  # client.a.b.method

    @property
    def id(self) -> str:
        return f"{self.spec.name}:{self.call}"

    # -- the spec's view of the operation ---------------------------------------------------

    @property
    def raw(self) -> dict[str, Any]:
        item = self.spec.synth.data["paths"][self.op.path]
        return item[self.op.http_method.lower()]

    def raw_param(self, param: Param) -> dict[str, Any]:
        synth = self.spec.synth
        item = synth.data["paths"][self.op.path]
        for node in [*(self.raw.get("parameters") or []), *(item.get("parameters") or [])]:
            node = synth.deref(node)
            if node.get("name") == param.json_name and node.get("in") == param.location:
                return node
        raise LookupError(f"{self.id}: parameter {param.json_name!r} not in the spec")

    @property
    def raw_body_schema(self) -> Any:
        assert self.op.body is not None
        body = self.spec.synth.deref(self.raw["requestBody"])
        return body["content"][self.op.body.content_type].get("schema", {})

    @property
    def raw_body_required(self) -> bool:
        return bool(self.spec.synth.deref(self.raw.get("requestBody", {})).get("required"))

    # -- arguments ---------------------------------------------------------------------------

    def method(self, client: Any) -> Any:
        target = client
        for attr in self.call.split(".")[1:]:
            target = getattr(target, attr)
        return target

    def param_value(self, param: Param, *, full: bool = False) -> Any:
        raw = self.raw_param(param)
        schema = raw.get("schema", {})
        value = raw["example"] if "example" in raw else self.spec.synth.value(schema, full=full)
        self._check(f"parameter {param.json_name!r}", schema, value)
        return value

    def body_value(self, *, full: bool = False) -> Any:
        value = self.spec.synth.value(self.raw_body_schema, full=full)
        self._check("body", self.raw_body_schema, value)
        return value

    def _check(self, what: str, schema: Any, value: Any) -> None:
        """A sample the spec itself rejects is a bug in these tests, not in the client."""
        problems = self.spec.synth.errors(schema, value)
        assert not problems, (
            f"{self.id}: test bug, the sample {what} {value!r} is invalid: {problems}"
        )

    def keyword_for(self, json_name: str) -> str:
        assert self.op.body is not None
        for field in self.op.body.fields:
            if field.json_name == json_name:
                return field.name
        raise LookupError(f"{self.id}: the body property {json_name!r} has no keyword")

    def valid_kwargs(self, *, full: bool = False) -> dict[str, Any]:
        """Every required argument (``full``: every argument), with a value the spec allows."""
        kwargs: dict[str, Any] = {}
        for param in self.op.params:
            if param.required or full:
                kwargs[param.name] = self.param_value(param, full=full)
        body = self.op.body
        if body is not None:
            value = self.body_value(full=full)
            if body.fields:
                assert isinstance(value, dict), f"{self.id}: object body sample {value!r}"
                for json_name, item in value.items():
                    if json_name in body.file_fields or item == BINARY:
                        item = FILES.get(json_name, DEFAULT_FILE)
                    elif full and json_name == "stream" and item is True:
                        item = False  # a JSON answer, not an event stream
                    kwargs[self.keyword_for(json_name)] = item
            elif body.required or self.raw_body_required or full:
                kwargs["body"] = DEFAULT_FILE[1] if value == BINARY else value
        if self.op.stream is not None and self.op.stream.param is not None:
            kwargs[self.op.stream.param] = False
        return kwargs


def all_cases() -> list[Case]:
    cases = []
    for path in spec_files():
        spec = load_spec(path)
        for _, op in spec.api.all_operations():
            cases.append(Case(spec, op, spec.calls[id(op)]))
    return cases
