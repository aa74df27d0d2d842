"""The stages in order, for one spec: load → validate → resolve → normalize → build → render →
format (those two in worker processes for a big spec: :mod:`generator.workers`). Writing (or
comparing) is the caller's choice."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.build import build
from generator.changelog import CHANGELOG_FILE, SURFACE_FILE, changelog
from generator.config import NO_OPTIONS, Options
from generator.errors import Finding, SpecError
from generator.ir import Api
from generator.lint import lint
from generator.load import Document, load_path
from generator.normalize import normalize
from generator.overlay import apply_overlays
from generator.progress import QUIET, Progress
from generator.resolve import resolve
from generator.surface import dumps, surface
from generator.validate import BackgroundSchemaCheck, validate
from generator.workers import render_and_format
from generator.write import Staged, Staging


@dataclass
class Result:
    doc: Document
    api: Api
    files: dict[str, str | Staged]  # the text, or the digest of a file already staged
    findings: list[Finding]

    def texts(self) -> dict[str, str]:
        """Every file's text (of a result generated without a staging folder)."""
        texts = {p: t for p, t in self.files.items() if isinstance(t, str)}
        if len(texts) != len(self.files):
            raise ValueError("generated into a staging folder: the texts are there, not here")
        return texts


def load_and_check(
    spec: Path,
    *,
    schema_check: bool = True,
    overlays: tuple[str, ...] = (),
    progress: Progress = QUIET,
) -> tuple[Document, list[Finding]]:
    """Load ``spec``, apply ``overlays`` (OpenAPI Overlay files, in order), validate."""
    progress.stage("loading…")
    doc = apply_overlays(load_path(spec), overlays)
    progress.stage("validating…")
    findings = validate(doc, schema_check=schema_check)
    errors = [f for f in findings if f.level == "error"]
    if errors:
        raise SpecError(findings)
    return doc, findings


def generate_api(
    spec: Path,
    package: str,
    *,
    schema_check: bool = True,
    previous: Path | None = None,
    options: Options = NO_OPTIONS,
    templates: Path | None = None,
    progress: Progress = QUIET,
    staging: Staging | None = None,
) -> Result:
    """Generate the files of a distribution (``staging``: written there as they are
    formatted, the result keeps their digests; committing it is the caller's); ``previous``
    is the existing output folder, whose API surface the CHANGELOG is written against;
    ``options`` are the project's settings for this spec
    (``[tool.generator.options.<stem>]``); ``templates`` the user's folder of template
    overrides; ``progress`` hears of each stage as it starts.

    What each stage leaves for the next (the spec's data, the IR) lives until the end, and
    the stages make few reference cycles: the cyclic garbage collector is off while they
    build, and what they built is then moved out of its sight (``gc.freeze``). Otherwise each
    full collection walks everything built so far again (2.8 s of Microsoft Graph's 27 in the
    parent). It is all given back to the collector on the way out (a long-lived caller,
    ``watch``, must not keep garbage forever)."""
    already = gc.get_freeze_count() > 0
    try:
        return _generate(
            spec, package, schema_check, previous, options, templates, progress, staging
        )
    finally:
        if not already:
            gc.unfreeze()


@contextmanager
def _uncollected() -> Iterator[None]:
    """No cyclic garbage collection in the block; what it made is frozen at its end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _generate(
    spec: Path,
    package: str,
    schema_check: bool,
    previous: Path | None,
    options: Options,
    templates: Path | None,
    progress: Progress,
    staging: Staging | None,
) -> Result:
    start = time.perf_counter()
    with _uncollected():  # the spec's data, the normalized spec, the IR
        doc, findings = load_and_check(
            spec, schema_check=False, overlays=options.overlays, progress=progress
        )
        background = BackgroundSchemaCheck(doc) if schema_check else None
        progress.stage("resolving…")
        data = resolve(doc)
        progress.stage("normalizing…")
        data = normalize(data)
        progress.stage("building…")
        api = build(data, package, doc.sha256, options)

    def meanwhile() -> tuple[dict[str, str | Staged], list[Finding]]:
        """What the parent does while workers render and format: the API surface and the
        CHANGELOG written against the previous one (staged at once, so that neither the
        surface nor its text stays in memory while the parent renders), the lint (it reads
        the normalized spec, which building leaves as it is), and locating the findings in
        the spec's text."""
        with _uncollected():  # dropped at the end of this block, by reference counting
            api_surface = surface(api)
            texts = {
                SURFACE_FILE: dumps(api_surface),
                CHANGELOG_FILE: changelog(api, api_surface, previous),
            }
            del api_surface
        made = {p: staging.put(p, t) if staging else t for p, t in texts.items()}
        return made, lint(doc, data) + _build_warnings(doc, api)

    what = f"rendering and formatting {len(api.all_operations()):,} methods, {len(api.models):,} models…"
    progress.stage(what)
    files, (made, warnings) = render_and_format(
        api,
        templates,
        skip_prefixes=(f"{package}/_runtime/",),
        meanwhile=meanwhile,
        report=lambda done, total: progress.stage(f"{what} ({done:,} of {total:,} files)"),
        staging=staging,
    )
    findings.extend(warnings)
    files.update(made)
    if background is not None:
        progress.stage("checking the OpenAPI schema…")
        # the schema check only warns: wait for it a little, never hold generation hostage
        findings.extend(background.findings(wait=max(1.0, 0.25 * (time.perf_counter() - start))))
    return Result(doc, api, files, findings)


def _build_warnings(doc: Document, api: Api) -> list[Finding]:
    """The IR builder's warnings, located in the spec's text."""
    lines = doc.locate_many([pointer for _, pointer in api.warnings]) if api.warnings else {}
    return [Finding("warning", m, doc.path, p, *lines.get(p, (0, 0))) for m, p in api.warnings]


def api_only(spec: Path, package: str, options: Options = NO_OPTIONS) -> tuple[Document, Api]:
    """The IR of a spec without rendering (``inspect``, ``diff``)."""
    doc, _ = load_and_check(spec, schema_check=False, overlays=options.overlays)
    data = normalize(resolve(doc))
    return doc, build(data, package, doc.sha256, options)
