"""The command line. Commands, exit codes and messages; the work is in the stages.

Exit status: 0 ok, 1 spec errors (or stale output for ``check``), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator import __version__
from generator.config import (
    ConfigError,
    Options,
    PackageNameError,
    explicit_package_name,
    load_config,
    use_config_file,
)
from generator.errors import Finding, FormatError, SpecError
from generator.progress import Row, summary_table
from generator.write import Staging, UnsafePath, compare_tree


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def _report(findings: list[Finding], *, limit: int | None = None, stream=None) -> None:
    stream = stream or sys.stderr
    shown = findings if limit is None else findings[:limit]
    for f in shown:
        print(f.format(), file=stream)
    if limit is not None and len(findings) > limit:
        print(
            f"... and {len(findings) - limit} more (--verbose, or `validate`, shows all)",
            file=stream,
        )


def _generate_one(
    spec: Path,
    out: Path,
    package: str,
    options: Options,
    quiet: bool = False,
    verbose: bool = False,
    templates: Path | None = None,
    progress: bool = False,
    prefix: str = "",
) -> Row:
    """Generate one spec into ``out`` unless it is up to date. ``templates``: the user's
    template overrides; ``progress``: show the stages of a long run; ``prefix``: before
    every line (``[2/3] ``)."""
    from generator import cache
    from generator.progress import Progress

    start = time.perf_counter()
    settings = options.key()
    if templates is not None:
        from generator.user_templates import fingerprint  # jinja2: only with overrides

        settings += f"/{fingerprint(templates)}"
    if cache.up_to_date(out, spec, package, settings):
        seconds = time.perf_counter() - start
        if not quiet:
            print(f"{prefix}{spec}: unchanged → {out}/{package} ({seconds:.2f}s)")
        stats = cache.recorded_stats(out)
        return Row(
            str(spec),
            "unchanged",
            stats.get("methods"),
            stats.get("models"),
            stats.get("warnings"),
            seconds,
        )
    from generator.pipeline import generate_api  # not needed (nor imported) when up to date

    with Progress(f"{prefix}{spec}", enabled=progress) as reporter, Staging(out) as staging:
        result = generate_api(
            spec,
            package,
            previous=out,
            options=options,
            templates=templates,
            progress=reporter,
            staging=staging,
        )
        rest = {rel: text for rel, text in result.files.items() if isinstance(text, str)}
        reporter.stage(f"writing {len(rest):,} files…")
        warnings = [f for f in result.findings if f.level == "warning"]
        notes = [f for f in result.findings if f.level == "note"]
        for rel in sorted(rest):
            staging.put(rel, rest[rel])
        staging.commit()
    n_ops = len(result.api.all_operations())
    stats = {"methods": n_ops, "models": len(result.api.models), "warnings": len(warnings)}
    cache.record(
        out,
        spec,
        package,
        [Path(p) for p in (*result.doc.external, *result.doc.overlays)],
        result.files,
        settings,
        stats,
    )
    seconds = time.perf_counter() - start
    if not quiet:
        print(
            f"{prefix}{spec}: {n_ops} methods, {len(result.api.models)} models → {out}/{package} "
            f"({len(warnings)} warnings, {seconds:.1f}s)"
        )
        _report(warnings, limit=None if verbose else 5)
        _report(notes)
    return Row(str(spec), "generated", n_ops, len(result.api.models), len(warnings), seconds)


def _with_overlays(options: Options, extra: list[str] | None) -> Options:
    """A spec's options with the command line's ``--overlay`` files after the project's."""
    import dataclasses

    if not extra:
        return options
    return dataclasses.replace(options, overlays=(*options.overlays, *extra))


def cmd_generate(args: argparse.Namespace) -> int:
    from generator import progress

    cfg = load_config()
    # the command line's folder is relative to where it runs; the project's to its pyproject
    templates = Path(args.custom_template_path) if args.custom_template_path else cfg.templates
    show_progress = progress.enabled(args.progress)
    if args.overlay and not args.spec:
        _err("usage: --overlay FILE needs SPEC (generate SPEC --out DIR --overlay FILE)")
        return 2
    if args.spec:
        spec = Path(args.spec)
        if not args.out:
            _err("usage: generate SPEC --out DIR [--name PKG]")
            return 2
        name = explicit_package_name(args.name) if args.name else cfg.package_for(spec)
        options = _with_overlays(cfg.options_for(spec), args.overlay)
        _generate_one(
            spec,
            Path(args.out),
            name,
            options,
            verbose=args.verbose,
            templates=templates,
            progress=show_progress,
        )
        return 0
    specs = cfg.spec_files()
    if not specs:
        _err(f"no specs in {cfg.specs} (*.yaml, *.yml, *.json)")
        return 1
    status = 0
    rows: list[Row] = []
    for i, spec in enumerate(specs, 1):
        prefix = f"[{i}/{len(specs)}] "
        start = time.perf_counter()
        try:
            rows.append(
                _generate_one(
                    cfg.rel(spec),
                    cfg.out / cfg.package_for(spec),
                    cfg.package_for(spec),
                    cfg.options_for(spec),
                    verbose=args.verbose,
                    templates=templates,
                    progress=show_progress,
                    prefix=prefix,
                )
            )
        except SpecError as exc:
            print(f"{prefix}{spec.name}: failed")
            _report(exc.findings)
            status = 1
            seconds = time.perf_counter() - start
            rows.append(Row(str(cfg.rel(spec)), "failed", seconds=seconds))
    if len(rows) > 1:
        print()
        print(summary_table(rows))
    return status


def _spec_source(ref: str) -> tuple[Path, bytes | None]:
    """A spec given as a file, or as ``REV:path`` (a git revision of a file)."""
    path = Path(ref)
    if path.exists() or ":" not in ref:
        return path, None
    import subprocess

    rev, _, rel = ref.partition(":")
    try:
        shown = subprocess.run(["git", "show", f"{rev}:{rel}"], capture_output=True, check=False)
    except OSError:
        raise SpecError(
            [Finding("error", "git is needed to read a spec at a revision", ref)]
        ) from None
    if shown.returncode != 0:
        message = shown.stderr.decode(errors="replace").strip().splitlines()[-1:] or [
            "git show failed"
        ]
        raise SpecError([Finding("error", f"cannot read {rel} at {rev}: {message[0]}", ref)])
    return Path(rel), shown.stdout


def _surface_of(ref: str, package: str) -> dict:
    from generator.build import build
    from generator.load import load_bytes
    from generator.normalize import normalize
    from generator.pipeline import load_and_check
    from generator.resolve import resolve
    from generator.surface import surface
    from generator.validate import validate

    path, raw = _spec_source(ref)
    if raw is None:
        doc, _ = load_and_check(path, schema_check=False)
    else:
        doc = load_bytes(raw, ref)
        errors = [f for f in validate(doc, schema_check=False) if f.level == "error"]
        if errors:
            raise SpecError(errors)
        doc.path = str(path)  # relative file refs resolve from the working tree's folder
    return surface(build(normalize(resolve(doc)), package, doc.sha256))


def print_changes(changes: list, stream=None) -> None:
    stream = stream or sys.stdout
    breaking = sum(1 for c in changes if c.breaking)
    for c in sorted(changes, key=lambda c: (not c.breaking, c.kind, c.where)):
        print(c.format(), file=stream)
    print(f"{len(changes)} changes, {breaking} breaking", file=stream)


def cmd_diff(args: argparse.Namespace) -> int:
    import json

    from generator.config import package_name
    from generator.diff import as_json, diff

    package = (
        explicit_package_name(args.name)
        if args.name
        else package_name(
            Path(
                args.new.rpartition(":")[2]
                if ":" in args.new and not Path(args.new).exists()
                else args.new
            ).stem
        )
    )
    changes = diff(_surface_of(args.old, package), _surface_of(args.new, package))
    if args.format == "json":
        print(
            json.dumps(
                {"changes": as_json(changes), "breaking": sum(c.breaking for c in changes)},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print_changes(changes)
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import generate_api

    cfg = load_config()
    stale = 0
    for spec in cfg.spec_files():
        package = cfg.package_for(spec)
        try:
            result = generate_api(
                cfg.rel(spec),
                package,
                schema_check=False,
                previous=cfg.out / package,
                options=cfg.options_for(spec),
                templates=cfg.templates,
            )
        except SpecError as exc:
            _report(exc.findings)
            stale += 1
            continue
        problems = compare_tree(cfg.out / package, result.texts())
        for rel, what in problems:
            print(f"{what}: {cfg.rel(cfg.out / package / rel)}")
        if problems:
            print(
                f"{cfg.rel(spec)}: {cfg.rel(cfg.out / package)} is out of date"
                f" ({len(problems)} files)"
            )
            _print_surface_change(cfg.out / package, result)
            stale += 1
    out = f"{cfg.rel(cfg.out)}/"
    if stale:
        print(
            f"fix: run `{_generate_command(cfg.root)}`, review the changes above, and commit {out}"
        )
        return 1
    print(f"{out} is up to date")
    return 0


def _generate_command(root: Path) -> str:
    """How this project regenerates: its Makefile's ``generate`` target where it has one."""
    try:
        makefile = (root / "Makefile").read_text(encoding="utf-8", errors="replace")
    except OSError:
        makefile = ""
    has_target = any(line.startswith("generate:") for line in makefile.splitlines())
    return "make generate" if has_target else "openapi-pyclient generate"


def cmd_init(args: argparse.Namespace) -> int:
    from generator.config import config_file
    from generator.scaffold import InitError, init_project

    try:
        lines = init_project(config_file(), Path(args.folder) if args.folder else None)
    except InitError as exc:
        _err(f"init: {exc}")
        return 1
    print("\n".join(lines))
    return 0


def _print_surface_change(out: Path, result) -> None:
    import json

    from generator.changelog import SURFACE_FILE, previous_surface
    from generator.diff import diff

    old = previous_surface(out)
    if old is None:
        print("  (no recorded API surface to compare with)")
        return
    changes = diff(old, json.loads(result.texts()[SURFACE_FILE]))
    if not changes:
        print("  the API surface is unchanged (the code changed: generator or formatting)")
        return
    print("  API-surface changes:")
    for line in [
        c.format() for c in sorted(changes, key=lambda c: (not c.breaking, c.kind, c.where))
    ][:50]:
        print("    " + line)
    if len(changes) > 50:
        print(f"    ... and {len(changes) - 50} more")


def cmd_watch(args: argparse.Namespace) -> int:
    from generator.changelog import previous_surface
    from generator.diff import diff

    cfg = load_config()
    print(f"watching {cfg.specs} (Ctrl-C to stop)", flush=True)
    seen: dict[Path, tuple[float, int]] = {}
    while True:
        current = {p: (p.stat().st_mtime, p.stat().st_size) for p in cfg.spec_files()}
        for spec, stamp in sorted(current.items()):
            if seen.get(spec) == stamp:
                continue
            first = spec not in seen
            seen[spec] = stamp
            package = cfg.package_for(spec)
            out = cfg.out / package
            before = previous_surface(out)
            try:
                _generate_one(
                    cfg.rel(spec),
                    out,
                    package,
                    cfg.options_for(spec),
                    templates=cfg.templates,
                )
            except SpecError as exc:
                print(
                    f"{spec.name}: not regenerated, the spec has errors (the last good output stays):",
                    flush=True,
                )
                _report(exc.findings, stream=sys.stdout)
                continue
            after = previous_surface(out)
            if before is not None and after is not None and not first:
                changes = diff(before, after)
                if changes:
                    print_changes(changes)
                else:
                    print(f"{spec.name}: no API-surface change")
            sys.stdout.flush()
        for spec in set(seen) - set(current):
            del seen[spec]
        if args.once:
            return 0
        time.sleep(args.interval)


def cmd_validate(args: argparse.Namespace) -> int:
    from generator.load import load_path
    from generator.overlay import apply_overlays
    from generator.resolve import resolve
    from generator.validate import validate

    cfg = load_config()
    status = 0
    for spec in args.specs:
        try:
            overlays = _with_overlays(cfg.options_for(Path(spec)), args.overlay).overlays
            doc = apply_overlays(load_path(spec), overlays)
            findings = validate(doc)
            try:
                data = resolve(doc)
                from generator.lint import lint
                from generator.normalize import normalize

                findings.extend(lint(doc, normalize(data)))
                findings.sort(key=lambda f: (f.line, f.column))
            except SpecError as exc:
                findings.extend(exc.findings)
        except SpecError as exc:
            findings = exc.findings
        _report(findings, stream=sys.stdout)
        errors = sum(1 for f in findings if f.level == "error")
        warnings = sum(1 for f in findings if f.level == "warning")
        print(f"{spec}: {errors} errors, {warnings} warnings")
        if errors:
            status = 1
    return status


def cmd_inspect(args: argparse.Namespace) -> int:
    from generator.pipeline import api_only
    from generator.render import method_table

    spec = Path(args.spec)
    cfg = load_config()
    options = _with_overlays(cfg.options_for(spec), args.overlay)
    name = explicit_package_name(args.name) if args.name else cfg.package_for(spec)
    _, api = api_only(spec, name, options)
    rows = [("method", "HTTP", "path", "body", "returns", "pages")] + method_table(api)
    widths = [min(60, max(len(r[i]) for r in rows)) for i in range(6)]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    return 0


_OVERLAY_HELP = (
    "an OpenAPI Overlay file applied to the spec before validation, after the ones "
    "[tool.generator.options.<stem>] overlays lists (repeatable, applied in order)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="openapi-pyclient" if Path(sys.argv[0]).name == "openapi-pyclient" else None,
        description="OpenAPI → typed Python clients",
    )
    parser.prog = parser.prog if parser.prog != "__main__.py" else "python -m generator"
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="read [tool.generator] from this TOML file (paths in it are relative to its folder)"
        " instead of ./pyproject.toml",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="generate clients (all specs in specs/, or one)")
    g.add_argument("spec", nargs="?")
    g.add_argument("--out")
    g.add_argument("--name")
    g.add_argument("-v", "--verbose", action="store_true", help="print every warning")
    g.add_argument(
        "--custom-template-path",
        metavar="DIR",
        help="a folder of template overrides (README.md.jinja, pyproject.toml.jinja,"
        " header.jinja); default: [tool.generator] templates",
    )
    g.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show which stage a long generation is in (default: when stderr is a terminal)",
    )
    g.add_argument("--overlay", action="append", default=[], metavar="FILE", help=_OVERLAY_HELP)
    g.set_defaults(func=cmd_generate)
    c = sub.add_parser("check", help="fail if generated/ is stale")
    c.set_defaults(func=cmd_check)
    n = sub.add_parser("init", help="write a [tool.generator] section for the specs found")
    n.add_argument(
        "folder", nargs="?", help="where the specs are (default: specs/, else this folder)"
    )
    n.set_defaults(func=cmd_init)
    v = sub.add_parser("validate", help="validation and lint report")
    v.add_argument("specs", nargs="+")
    v.add_argument("--overlay", action="append", default=[], metavar="FILE", help=_OVERLAY_HELP)
    v.set_defaults(func=cmd_validate)
    i = sub.add_parser("inspect", help="the table of generated methods")
    i.add_argument("spec")
    i.add_argument("--name")
    i.add_argument("--overlay", action="append", default=[], metavar="FILE", help=_OVERLAY_HELP)
    i.set_defaults(func=cmd_inspect)
    d = sub.add_parser("diff", help="API-surface changes between two spec versions")
    d.add_argument("old", help="a spec file, or REV:path (a git revision)")
    d.add_argument("new", help="a spec file, or REV:path")
    d.add_argument("--name", help="package name (default: from the new spec's file name)")
    d.add_argument("--format", choices=("text", "json"), default="text")
    d.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking"
    )
    d.set_defaults(func=cmd_diff)
    w = sub.add_parser("watch", help="regenerate whenever a spec in specs/ changes")
    w.add_argument("--interval", type=float, default=0.5, help="seconds between checks")
    w.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    w.set_defaults(func=cmd_watch)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else 2
    try:
        use_config_file(Path(args.config) if args.config else None)
        return int(args.func(args))
    except SpecError as exc:
        _report(exc.findings)
        return 1
    except PackageNameError as exc:
        _err(f"usage: {exc}")
        return 2
    except (FormatError, UnsafePath, ConfigError) as exc:
        _err(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except RecursionError:
        _err("error: the spec nests too deeply to generate")
        return 1
    finally:
        use_config_file(None)  # main() called again in the same process starts afresh


if __name__ == "__main__":
    raise SystemExit(main())


def run() -> None:
    """The command line (``openapi-pyclient``, ``python -m generator``): :func:`main`, then the
    interpreter's exit without its last garbage collection over everything a generation left
    (a spec's data and IR hold reference cycles: on Microsoft Graph that final pass alone took
    0.8 s, for memory the process gives back anyway)."""
    import gc

    code = main()
    gc.freeze()
    raise SystemExit(code)
