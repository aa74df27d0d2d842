"""Stage 7: every Python file formatted as black formats it.

Black is the slowest stage by far (its parser alone costs seconds on a big models module), so
the templates write black's layout themselves and black runs only where it has work to do:
a file is split into top-level statements, and a statement whose lines all fit in black's
line length, with no construct black would rewrite, is kept as written. The rest go through
``black.format_str``. Tests hold the shortcut to black's own output (`black --check` over
``generated/``, and chunk-by-chunk comparisons on real specs), so the result is byte for byte
what black alone would produce.
"""

from __future__ import annotations

import os
import re
import symtable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from typing import TYPE_CHECKING

from generator.errors import FormatError
from generator.format_lines import split_statement

if TYPE_CHECKING:
    import black

LINE_LENGTH = 88
# what black may rewrite although every line fits: single-quoted string delimiters (black
# prefers double quotes), backslash continuations, tabs, trailing semicolons
_SUSPECT = re.compile(r"'|\\\n|\t|;\s*$", re.MULTILINE)
# text that cannot hold those: docstrings, double-quoted strings, comments
# (loops unrolled, ``a*(?:b a*)*``: a run of plain characters in one step, three times faster)
_INERT = re.compile(
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|#[^\n]*'
)
_MAY_BE_SUSPECT = re.compile(r"'|\\\n|\t|;")  # the cheap test before the exact one
_TOP = re.compile(r"\n\n\n(?=(?:class |def |async def |@|# |[A-Za-z_][A-Za-z0-9_]*: TypeAlias))")
PARALLEL_THRESHOLD = 150_000  # characters of pending black work before a process pool pays off


@cache
def black_mode() -> black.Mode:
    """Black's settings for generated code. Black itself is imported only when a statement
    needs it (most packages have none, or a few): importing it costs a tenth of a second."""
    import black

    return black.Mode(target_versions={black.TargetVersion.PY311}, line_length=LINE_LENGTH)


def _black(text: str) -> str:
    import black

    return black.format_str(text, mode=black_mode())


def _stable(chunk: str, blessed: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether black would leave ``chunk`` (one top-level statement) exactly as it is.
    ``blessed``: lines black itself wrote for a statement (it leaves them long when it
    cannot split them)."""
    return not _suspect(chunk) and _fits(chunk, blessed)


def _suspect(chunk: str) -> bool:
    """Whether ``chunk`` has code black rewrites whatever its length (quotes, tabs...)."""
    return bool(_MAY_BE_SUSPECT.search(chunk) and _SUSPECT.search(_INERT.sub("", chunk)))


def _fits(chunk: str, blessed: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether every line of ``chunk`` is as long as black leaves it (see :func:`_stable`)."""
    if max(map(len, chunk.split("\n"))) <= LINE_LENGTH:
        return True  # the usual case: nothing long, nothing black would rewrite
    pos = 0
    for line in _long_code_lines(chunk):
        if line not in blessed:
            at = chunk.find(line, pos)
            while at > 0 and chunk[at - 1] != "\n":
                at = chunk.find(line, at + 1)
            if at < 0 or not _unsplittable(chunk, at, line):
                return False
            pos = at + len(line)
    return True


_STRING = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
# one item of an exploded bracket: a name, dotted name or string, maybe after a keyword or a
# string key (strings already replaced by ""); no operator, bracket or second comma to split at
_ITEM = re.compile(r'^ +(?:"": |[A-Za-z_]\w*=)?(?:""|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*),$')


def _unsplittable(chunk: str, at: int, line: str) -> bool:
    """Whether ``line`` (at offset ``at`` of ``chunk``) is one item of an exploded bracket
    (a keyword argument, a dict entry, a lone name) that black cannot split and leaves long."""
    if not _ITEM.match(_STRING.sub('""', line)):
        return False
    before = _INERT.sub("", chunk[:at])
    opened = sum(before.count(c) for c in "([{") - sum(before.count(c) for c in ")]}")
    return opened > 0


# lines black writes and cannot shorten: one string or name alone, the opening line of an
# exploded import or class
_LONE_STRING = re.compile(
    r'^\s*"(?:[^"\\]|\\.)*",?$|^\s*[A-Za-z_][\w.]*,?$|^\s*from [\w.]+ import \($|^class [A-Za-z_]\w*\($'
    r'|^\s*"(?:[^"\\]|\\.)*": "(?:[^"\\]|\\.)*",$'  # a string-to-string entry of a dict
)
# lines black leaves long whatever their length: a class without bases (nothing to split at),
# the head of a def whose name alone is too long, a comment (black never wraps one)
_UNSPLITTABLE = re.compile(
    r"^class [A-Za-z_]\w*:$|^ *(?:async )?def [A-Za-z_]\w*\($|^# \S(?:.*\S)?$"
)
# a statement on one line that ends in a ``type: ignore`` comment: black never splits it
# (``Line.contains_unsplittable_type_ignore``)
_TYPE_IGNORED = re.compile(r"^(?P<code>[^#]*\S)  # type: ignore(?:\[[\w, -]+\])?$")


def _balanced(code: str) -> bool:
    """No bracket left open or closed: the statement starts and ends on this line."""
    depth = 0
    for char in code:
        depth += char in "([{"
        depth -= char in ")]}"
        if depth < 0:
            return False
    return depth == 0


# the end of an exploded def, left long by black when the name alone would not fit either
_DEF_END = re.compile(r"^( *)\) -> ([A-Za-z_]\w*):$")


def _unshortenable(line: str) -> bool:
    if _LONE_STRING.match(line) or _UNSPLITTABLE.match(line):
        return True
    ignored = _TYPE_IGNORED.match(_STRING.sub('""', line))
    if ignored and _balanced(ignored["code"]):
        return True
    end = _DEF_END.match(line)
    return end is not None and len(end.group(1)) + 4 + len(end.group(2)) > LINE_LENGTH


def _long_code_lines(chunk: str) -> list[str]:
    """The lines too long for black that it could shorten: not the inside of a triple-quoted
    string (black never splits strings), but the closing line of a multi-line one (black
    moves its quotes to their own line when they do not fit)."""
    out = []
    inside = False
    for line in chunk.split("\n"):
        quotes = line.count('"""')
        if not inside:
            if quotes == 1:
                inside = True
                code = line.split('"""', 1)[0]  # the code before the opening quotes
                if len(code) > LINE_LENGTH:
                    out.append(code)
            elif quotes == 0 and len(line) > LINE_LENGTH and not _unshortenable(line):
                out.append(line)
            # quotes == 2: a one-line triple-quoted string, left alone by black
        elif quotes == 1:
            inside = False
            if len(line) > LINE_LENGTH:
                out.append(line)
    return out


def split_chunks(source: str) -> list[str]:
    """Top-level statements separated by two blank lines (the header is the first chunk)."""
    return _TOP.split(source)


_MEMBER = re.compile(r"\n\n(?=    (?:def |async def |@))")
_WRAP = "class _:\n"


def _units(chunk: str) -> list[str]:
    """A class split into its header and its methods (black formats each alone the same way:
    it looks at one statement at a time, blank lines between them are the templates' own)."""
    if chunk.startswith("class "):
        return _MEMBER.split(chunk)
    return [chunk]


# one-line statements black can lay out alone: a model field (class body), a parameter of an
# exploded signature and an entry of an exploded dict (each element of an exploded bracket is
# split on its own, whatever its neighbours)
_FIELD = re.compile(r"^    [A-Za-z_]\w*: [^\n]*[^,(\[{\n]$")
_ALIAS = re.compile(r"^[A-Za-z_]\w*: TypeAlias = [^\n]*[^,(\[{\n]$")  # a field at module level
# ``self.name = wrapper(resource.name)`` in the raw/streaming response classes
_ASSIGN = re.compile(r"^ {8}self\.[A-Za-z_]\w* = [A-Za-z_]\w*\([A-Za-z_][\w.]*\)$")
# ``return Name(self...)`` in the resource classes' cached properties
_RETURN = re.compile(r"^ {8}return [A-Za-z_]\w*\([A-Za-z_][\w.]*\)$")
_PARAM = re.compile(r"^        [A-Za-z_]\w*: [^\n]*,$")
_ENTRY = re.compile(r'^ {8,}(?:"(?:[^"\\\n]|\\.)*"|\("[^\n]*\)): [^\n]*,$')
# what each long line is, tried in order
_KINDS = (
    ("field", _FIELD),
    ("param", _PARAM),
    ("entry", _ENTRY),
    ("alias", _ALIAS),
    ("assign", _ASSIGN),
    ("return", _RETURN),
)
# how black sees each alone, for the lines the fast path leaves to it (entries: never)
_FIELD_WRAP = ("class _:\n", "")
_PARAM_WRAP = ("class _:\n    def _(\n        self,\n", "    ) -> None: ...\n")
_WRAPS = {
    "field": _FIELD_WRAP,
    "param": _PARAM_WRAP,
    "alias": ("", ""),
    "assign": ("class _:\n    def _(self):\n", ""),
    "return": ("class _:\n    def _(self):\n", ""),
}


def _long_statements(unit: str) -> list[tuple[int, str, str]]:
    """(line index, line, kind) of the long field, parameter and dict-entry lines of a unit
    (never docstring text)."""
    found = []
    lines = unit.split("\n")
    inside = False
    for k, line in enumerate(lines):
        was_inside = inside
        if line.count('"""') % 2:
            inside = not inside
        if was_inside or inside or len(line) <= LINE_LENGTH:
            continue
        kind = next((kind for kind, pattern in _KINDS if pattern.match(line)), None)
        if kind is not None and not (
            k + 1 < len(lines)
            and lines[k + 1].startswith(" " * (len(line) - len(line.lstrip()) + 1))
        ):
            found.append((k, line, kind))
    return found


def _unwrap(out: str | Exception, wrap: tuple[str, str]) -> str | None:
    if isinstance(out, Exception):
        return None
    head, tail = wrap
    body = out[len(head) :]
    if tail and body.endswith(tail):
        body = body[: len(body) - len(tail)]
    return body.rstrip("\n")


def format_many(files: dict[str, str], *, parallel: bool = True) -> dict[str, str]:
    """Format several Python sources; black runs (in parallel when worth it) only on the
    statements that need it: first on long one-line statements alone (most of them laid out by
    ``format_lines``, black's own splitting for them, without black's parser), then on the
    methods and classes that still need it."""
    plan: dict[str, list[list[str]]] = {}
    pending: list[tuple[str, int, int, bool]] = []  # and whether black must see it anyway
    for path, source in files.items():
        chunks = [_units(c) for c in split_chunks(source)]
        plan[path] = chunks
        for i, units in enumerate(chunks):
            for j, unit in enumerate(units):
                suspect = _suspect(unit)
                if suspect or not _fits(unit):
                    pending.append((path, i, j, suspect))
    # phase 1: long field / parameter / entry lines, each laid out alone (deduplicated)
    kinds: dict[str, str] = {}
    for path, i, j, _ in pending:
        for _, line, kind in _long_statements(plan[path][i][j]):
            kinds.setdefault(line, kind)
    memo: dict[str, str] = {}
    wraps: dict[str, tuple[str, str]] = {}
    for line, kind in kinds.items():
        text = split_statement(line, kind)
        if text is not None:
            memo[line] = text
        elif kind in _WRAPS:
            wraps[line] = _WRAPS[kind]
    lines = list(wraps)
    outs = _run_black([wraps[ln][0] + ln + "\n" + wraps[ln][1] for ln in lines], parallel)
    memo.update(
        (ln, text) for ln, out in zip(lines, outs) if (text := _unwrap(out, wraps[ln])) is not None
    )
    blessed = {part for text in memo.values() for part in text.split("\n")}
    # phase 2: what is still not black's layout goes through black as a whole unit
    todo: list[tuple[str, int, int, str]] = []
    for path, i, j, suspect in pending:
        unit = plan[path][i][j]
        found = _long_statements(unit)
        if found:
            parts = unit.split("\n")
            for k, line, _ in found:
                parts[k] = memo.get(line, line)
            unit = plan[path][i][j] = "\n".join(parts)
        if suspect or not _fits(unit, blessed):  # (the layouts of phase 1 are not suspect)
            todo.append((path, i, j, unit))
    results = _run_black([_WRAP + u if j else u for _, _, j, u in todo], parallel)
    for (path, i, j, _), formatted in zip(todo, results):
        if isinstance(formatted, Exception):
            raise FormatError(f"{path}: the generated code does not parse: {formatted}")
        text = formatted.rstrip("\n")
        plan[path][i][j] = text[len(_WRAP) :] if j else text
    blacked = {(path, i, j) for path, i, j, _ in todo}
    out = {}
    for path, chunks in plan.items():
        for i, units in enumerate(chunks):
            for j, unit in enumerate(units):
                if (path, i, j) not in blacked:  # black parsed the others; these must parse too
                    _check_syntax(path, _WRAP + unit if j else unit)
        text = "\n\n\n".join("\n\n".join(u.strip("\n") for u in units) for units in chunks)
        out[path] = text.rstrip("\n") + "\n"
    return out


def _check_syntax(path: str, source: str) -> None:
    """A unit kept as the templates wrote it still has to be Python, as black would have parsed
    it: parsed by Python's own parser and its scopes checked (``symtable``: a quarter cheaper
    than a full ``compile``, which would also generate bytecode nobody runs), piecewise (a whole
    big module at once costs tens of megabytes)."""
    try:
        symtable.symtable(source, path, "exec")
    except SyntaxError as exc:
        raise FormatError(
            f"{path}: the generated code does not parse: {exc.msg}: {exc.text!r}"
        ) from None


def _safe_black(text: str) -> str | Exception:
    import black

    try:
        return _black(text)
    except black.InvalidInput as exc:
        return exc


def _run_black(chunks: list[str], parallel: bool = True) -> list[str | Exception]:
    total = sum(len(c) for c in chunks)
    workers = min(os.cpu_count() or 1, 8)
    if (
        not parallel
        or total < PARALLEL_THRESHOLD
        or workers < 2
        or os.environ.get("OPENAPI_PYCLIENT_SERIAL")
    ):
        return [_safe_black(c) for c in chunks]
    # bigger pieces amortize the process hop; keep the order
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_safe_black, chunks, chunksize=max(1, len(chunks) // (workers * 8))))


def format_files(
    files: dict[str, str], *, skip_prefixes: tuple[str, ...] = (), parallel: bool = True
) -> dict[str, str]:
    """``files`` with their Python sources formatted (but those under ``skip_prefixes``);
    ``parallel``: black may use a process pool (not inside a worker of one)."""
    python = {
        p: t for p, t in files.items() if p.endswith(".py") and not p.startswith(skip_prefixes)
    }
    formatted = format_many(python, parallel=parallel) if python else {}
    return {p: formatted.get(p, t) for p, t in files.items()}
