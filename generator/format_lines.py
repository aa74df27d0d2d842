"""Stage 7, the fast path: black's line splitting for the statements the templates cannot lay
out in advance: an annotated name too long for its line, and a few one-line statements whose
layout depends on the length of names (a dict entry, ``self.name = wrapper(arg)``,
``return Name(arg)``).

``name: Type = default,`` (a parameter of an exploded signature) and ``name: Type = value``
(a model field) make most of the long lines of a big spec (on Stripe, 2,742 distinct ones), and
black spends about 1.7 ms on each, mostly parsing. This module is a port of the part of black
(26.x, ``linegen.py``/``lines.py``/``brackets.py``, non-preview mode) that splits such a line:
``transform_line`` with ``delimiter_split`` and ``right_hand_split_with_omits`` (trailers to
omit, optional parentheses, the "second opinion" with forced optional parentheses), over leaves
that carry black's bracket tracking, invisible parentheses and whitespace. The port follows
black's code step by step, shared mutable leaves included, so that its answers are black's.

It handles only what the generator writes in those lines: names, dotted names, double-quoted
strings, numbers, ``[]``, ``()``, ``,``, ``|`` and ``=``. Anything else (and any shape the port
is not sure of) returns ``None`` and the line goes to black itself. Tests compare the port with
black on every such line of several real specs.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator

LINE_LENGTH = 88
COMMA_PRIORITY = 18
VBAR_PRIORITY = 9

NAME, STRING, NUMBER, LPAR, RPAR, LSQB, RSQB, COMMA, VBAR, EQUAL, COLON, DOT = range(12)
OPENING = frozenset({LPAR, LSQB})
CLOSING = frozenset({RPAR, RSQB})
BRACKETS = OPENING | CLOSING
_MATCH = {LPAR: RPAR, LSQB: RSQB}


class Unsupported(Exception):
    """A construct the port does not cover: black decides."""


class CannotTransform(Exception):
    pass


class CannotSplit(CannotTransform):
    pass


class Leaf:
    __slots__ = (
        "atom",
        "bracket_depth",
        "opening_bracket",
        "orphan",
        "prefix",
        "type",
        "value",
        "ws",
    )

    def __init__(self, type: int, value: str, prefix: str = "", atom: bool = False) -> None:
        self.type = type
        self.value = value
        self.prefix = prefix
        self.ws = prefix  # black's ``whitespace()`` of the leaf, when it follows another
        # a bracket of its own atom (invisible parentheses, a list display), not of a
        # subscript or call trailer
        self.atom = atom
        # black's leaf without a parent: a comma a split added, or a leaf whose tree node a
        # "second opinion" copy took over (black then skips second opinions on its lines)
        self.orphan = False
        self.opening_bracket: Leaf | None = None
        self.bracket_depth = 0

    def __str__(self) -> str:
        return self.prefix + self.value


class Tracker:
    __slots__ = ("bracket_match", "delimiters", "depth", "invisible", "previous")

    def __init__(self) -> None:
        self.depth = 0
        self.bracket_match: dict[tuple[int, int], Leaf] = {}
        self.delimiters: dict[int, int] = {}
        self.previous: Leaf | None = None
        self.invisible: list[Leaf] = []

    def mark(self, leaf: Leaf) -> None:
        if self.depth == 0 and leaf.type in CLOSING and (0, leaf.type) not in self.bracket_match:
            return
        if leaf.type in CLOSING:
            self.depth -= 1
            try:
                opening = self.bracket_match.pop((self.depth, leaf.type))
            except KeyError:
                raise Unsupported("unmatched bracket") from None
            leaf.opening_bracket = opening
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.bracket_depth = self.depth
        if self.depth == 0:
            if leaf.type == VBAR and self.previous is not None:
                self.delimiters[id(self.previous)] = VBAR_PRIORITY
            elif leaf.type == DOT and (self.previous is None or self.previous.type in CLOSING):
                raise Unsupported("attribute access on a call")
            elif leaf.type == COMMA:
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if leaf.type in OPENING:
            self.bracket_match[self.depth, _MATCH[leaf.type]] = leaf
            self.depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf

    def max_priority(self, exclude: frozenset[int] = frozenset()) -> int:
        return max(v for k, v in self.delimiters.items() if k not in exclude)

    def count(self, priority: int) -> int:
        return sum(1 for v in self.delimiters.values() if v == priority)


class Line:
    __slots__ = ("depth", "inside_brackets", "leaves", "should_split_rhs", "tracker")

    def __init__(self, depth: int, inside_brackets: bool = False) -> None:
        self.depth = depth
        self.inside_brackets = inside_brackets
        self.should_split_rhs = False
        self.leaves: list[Leaf] = []
        self.tracker = Tracker()

    def append(self, leaf: Leaf, track_bracket: bool = False) -> None:
        """``Line.append`` with ``preformatted=True`` (prefixes are set once, when the
        statement's leaves are made)."""
        if self.inside_brackets or track_bracket:
            self.tracker.mark(leaf)
            if leaf.type in CLOSING and self.leaves and self.leaves[-1].type == COMMA:
                raise Unsupported("magic trailing comma")
        self.leaves.append(leaf)

    def __str__(self) -> str:
        if not self.leaves:
            return ""
        first = self.leaves[0]
        rest = [leaf.prefix + leaf.value for leaf in self.leaves[1:]]  # no call per leaf
        return first.prefix + "    " * self.depth + first.value + "".join(rest)

    def __bool__(self) -> bool:
        return bool(self.leaves)

    def enumerate_with_length(self, reverse: bool = False) -> Iterator[tuple[int, Leaf, int]]:
        indexes = range(len(self.leaves) - 1, -1, -1) if reverse else range(len(self.leaves))
        for i in indexes:
            leaf = self.leaves[i]
            yield i, leaf, len(leaf.prefix) + len(leaf.value)

    def is_chained_assignment(self) -> bool:
        return sum(1 for leaf in self.leaves if leaf.type == EQUAL) > 1


def _short(line: Line) -> bool:
    return len(str(line)) <= LINE_LENGTH


# -- the transforms --------------------------------------------------------------------------


def transform_line(line: Line, force_parens: bool) -> list[Line]:
    if not line.should_split_rhs and _short(line):
        return [line]
    transformers = ["delimiter", "rhs"] if line.inside_brackets else ["rhs"]
    for transform in transformers:
        try:
            return _run_transformer(line, transform, force_parens)
        except CannotTransform:
            continue
    return [line]


def _run_transformer(line: Line, transform: str, force_parens: bool) -> list[Line]:
    line_str = str(line)
    optional_parens = [b for b in line.tracker.invisible if b.bracket_depth == 0]
    split = _delimiter_split if transform == "delimiter" else _rhs_with_omits
    result: list[Line] = []
    for transformed in split(line, force_parens):
        if str(transformed) == line_str:
            raise CannotTransform("unchanged")
        result.extend(transform_line(transformed, force_parens))
    if (
        force_parens
        or transform != "rhs"
        or not line.tracker.invisible
        or any(b.value for b in optional_parens)
        or _short(result[0])
        or any(leaf.orphan for leaf in line.leaves)
    ):
        return result
    copy = Line(line.depth, line.inside_brackets)
    copy.should_split_rhs = line.should_split_rhs
    for i, old in enumerate(line.leaves):
        new = Leaf(old.type, old.value, old.ws, old.atom)
        if i == 0:
            new.prefix = ""
        old.orphan = True  # replace_child moved the tree node to the copy
        copy.tracker.mark(new)  # append_leaves appends without preformatting: always marked
        copy.leaves.append(new)
    second = _run_transformer(copy, transform, True)
    if all(_short(ln) for ln in second):
        result = second
    return result


def _delimiter_split(line: Line, force_parens: bool) -> Iterator[Line]:
    last = line.leaves[-1]
    try:
        priority = line.tracker.max_priority(frozenset({id(last)}))
    except ValueError:
        raise CannotSplit("no delimiters") from None
    current = Line(line.depth, line.inside_brackets)
    for leaf in line.leaves:
        current.append(leaf)
        if line.tracker.delimiters.get(id(leaf)) == priority:
            current.leaves[0].prefix = ""
            yield current
            current = Line(line.depth, line.inside_brackets)
    if current:
        if priority == COMMA_PRIORITY and current.leaves[-1].type != COMMA:
            comma = Leaf(COMMA, ",")
            comma.orphan = True
            current.append(comma)
        current.leaves[0].prefix = ""
        yield current


class _RHS:
    __slots__ = ("body", "closing", "head", "opening", "tail")

    def __init__(self, head: Line, body: Line, tail: Line, opening: Leaf, closing: Leaf):
        self.head, self.body, self.tail = head, body, tail
        self.opening, self.closing = opening, closing


def _rhs_with_omits(line: Line, force_parens: bool) -> list[Line]:
    first_lines: list[Line] | None = None
    prefix_lengths: dict[int, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = length
        length += len(leaf.prefix) + len(leaf.value)
    for omit in _trailers_to_omit(line):
        if omit:
            target: Leaf | None = None
            for leaf in reversed(line.leaves):
                if leaf.type in CLOSING and id(leaf) not in omit:
                    target = leaf.opening_bracket
                    break
            if target is not None and target.value and prefix_lengths.get(id(target), 0) > 88:
                continue
        lines = _right_hand_split(line, force_parens, omit)
        if first_lines is None and not omit:
            first_lines = lines
        if _short(lines[0]):
            return lines
    if first_lines is not None:
        return first_lines
    return _right_hand_split(line, force_parens, frozenset())


def _trailers_to_omit(line: Line) -> Iterator[frozenset[int]]:
    omit: set[int] = set()
    yield frozenset(omit)
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    for index, leaf, leaf_length in line.enumerate_with_length(reverse=True):
        length += leaf_length
        if length > LINE_LENGTH:
            break
        if opening:
            if leaf is opening:
                opening = None
            elif leaf.type in CLOSING:
                prev = line.leaves[index - 1] if index > 0 else None
                if prev and prev.type == COMMA:
                    raise Unsupported("trailing comma before a bracket")
                inner.add(id(leaf))
        elif leaf.type in CLOSING:
            prev = line.leaves[index - 1] if index > 0 else None
            if prev and prev.type in OPENING:
                inner.add(id(leaf))
                continue
            if closing:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield frozenset(omit)
            if prev and prev.type == COMMA:
                raise Unsupported("trailing comma before a bracket")
            if leaf.value:
                opening = leaf.opening_bracket
                closing = leaf


def _right_hand_split(line: Line, force_parens: bool, omit: frozenset[int]) -> list[Line]:
    rhs = _first_rhs(line, omit)
    return _maybe_split_omitting_optional_parens(rhs, line, force_parens, omit)


def _first_rhs(line: Line, omit: frozenset[int]) -> _RHS:
    tail_leaves: list[Leaf] = []
    body_leaves: list[Leaf] = []
    head_leaves: list[Leaf] = []
    current = tail_leaves
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body_leaves and leaf is opening:
            current = head_leaves if body_leaves else tail_leaves
        current.append(leaf)
        if current is tail_leaves and leaf.type in CLOSING and id(leaf) not in omit:
            opening = leaf.opening_bracket
            closing = leaf
            current = body_leaves
    if not (opening and closing and head_leaves):
        raise CannotSplit("no brackets")
    tail_leaves.reverse()
    body_leaves.reverse()
    head_leaves.reverse()
    head = _build_line(head_leaves, line, opening, "head")
    body = _build_line(body_leaves, line, opening, "body")
    tail = _build_line(tail_leaves, line, opening, "tail")
    if not body:
        tail_len = len(str(tail).strip())
        if tail_len == 0:
            raise CannotSplit("same line")
        if tail_len < 3:
            raise CannotSplit("not worth it")
    return _RHS(head, body, tail, opening, closing)


def _build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    result = Line(original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
    track = _inside_matching_brackets(leaves) if component == "head" else set()
    for leaf in leaves:
        result.append(leaf, track_bracket=id(leaf) in track)
    if component == "body" and _should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def _inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    ids: set[int] = set()
    stack: list[tuple[int, list[int]]] = []
    started = False
    for leaf in leaves:
        if not started:
            if leaf.type not in OPENING:
                continue
            started = True
        if leaf.type in OPENING:
            stack.append((_MATCH[leaf.type], [id(leaf)]))
        elif leaf.type in CLOSING:
            if stack and leaf.type == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def _should_split_line(line: Line, opening: Leaf) -> bool:
    exclude: set[int] = set()
    trailing_comma = False
    try:
        last = line.leaves[-1]
        if last.type == COMMA:
            trailing_comma = True
            exclude.add(id(last))
        priority = line.tracker.max_priority(frozenset(exclude))
    except (IndexError, ValueError):
        return False
    return priority == COMMA_PRIORITY and (trailing_comma or opening.atom)


def _maybe_split_omitting_optional_parens(
    rhs: _RHS, line: Line, force_parens: bool, omit: frozenset[int]
) -> list[Line]:
    if (
        not force_parens
        and rhs.opening.type == LPAR
        and not rhs.opening.value
        and rhs.closing.type == RPAR
        and not rhs.closing.value
        and _can_omit_invisible_parens(rhs)
    ):
        omit = frozenset({id(rhs.closing), *omit})
        try:
            rhs_oop = _first_rhs(line, omit)
            if _prefer_split_rhs_oop(rhs_oop, rhs):
                return _maybe_split_omitting_optional_parens(rhs_oop, line, force_parens, omit)
        except CannotSplit:
            if line.is_chained_assignment():
                pass
            elif not _can_be_split(rhs.body) and not _short(rhs.body):
                raise CannotSplit("body too long and cannot be split") from None
    for bracket in (rhs.opening, rhs.closing):
        if not bracket.value:
            bracket.value = "(" if bracket.type == LPAR else ")"
    return [part for part in (rhs.head, rhs.body, rhs.tail) if part]


def _prefer_split_rhs_oop(rhs_oop: _RHS, rhs: _RHS) -> bool:
    head = rhs.head.leaves
    if not (len(head) >= 2 and head[-2].type == EQUAL):
        return True
    if not any(leaf.type in BRACKETS for leaf in head[:-1]):
        return True
    if len(str(rhs.head)) > LINE_LENGTH - 1:
        return True
    equals = sum(1 for leaf in head if leaf.type == EQUAL)
    oop_equals = sum(1 for leaf in rhs_oop.head.leaves if leaf.type == EQUAL)
    if equals > 1 and equals > oop_equals:
        return False
    closing_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.type == EQUAL:
            break
        if leaf.type in CLOSING:
            closing_after_assign = True
            break
    return closing_after_assign or (
        any(leaf.type == EQUAL for leaf in rhs_oop.head.leaves) and _short(rhs_oop.head)
    )


def _can_omit_invisible_parens(rhs: _RHS) -> bool:
    line = rhs.body
    bt = line.tracker
    if not bt.delimiters:
        return True
    priority = bt.max_priority()
    if bt.count(priority) > 1:
        return False
    if len(line.leaves) < 2:
        raise Unsupported("stranded delimiter")
    first, second = line.leaves[0], line.leaves[1]
    if (
        first.type in OPENING
        and second.type not in CLOSING
        and _can_omit_opening_paren(line, first)
    ):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.type == RPAR or (last.type == RSQB and last.atom):
        if penultimate.type in OPENING:
            return False
        if _can_omit_closing_paren(line, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = 4 * line.depth
    index = -1
    for index, leaf, leaf_length in line.enumerate_with_length():
        if leaf.type in CLOSING and leaf.opening_bracket is first:
            remainder = True
        if remainder:
            length += leaf_length
            if length > LINE_LENGTH:
                break
            if leaf.type in OPENING:
                remainder = False
    else:
        if len(line.leaves) == index + 1:
            return True
    return False


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for _, leaf, leaf_length in line.enumerate_with_length():
        length += leaf_length
        if leaf is last.opening_bracket:
            if seen_other_brackets or length <= LINE_LENGTH:
                return True
        elif leaf.type in OPENING:
            seen_other_brackets = True
    return False


def _can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].type == STRING and leaves[1].type == DOT:
        raise Unsupported("method call on a string")
    return True


# -- from text to leaves ---------------------------------------------------------------------

_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\\n]|\\.)*")|(?P<name>[A-Za-z_]\w*)|(?P<number>\d[\w.]*)'
    r"|(?P<op>[\[\]\(\),|=.:])|(?P<space> +)"
)
_OP_TYPES = {"(": LPAR, ")": RPAR, "[": LSQB, "]": RSQB, ",": COMMA, "|": VBAR, "=": EQUAL}
_OP_TYPES |= {":": COLON, ".": DOT}
_KEYWORDS = frozenset(keyword.kwlist) - {"None", "True", "False"}


def _tokens(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise Unsupported(f"character {text[pos]!r}")
        pos = m.end()
        kind = m.lastgroup
        value = m.group()
        if kind == "space":
            continue
        if kind == "string":
            if out and out[-1][0] == STRING:
                raise Unsupported("implicit concatenation")
            out.append((STRING, value))
        elif kind == "name":
            if value in _KEYWORDS:
                raise Unsupported(f"keyword {value}")
            out.append((NAME, value))
        elif kind == "number":
            out.append((NUMBER, value))
        else:
            out.append((_OP_TYPES[value], value))
    return out


def _expression(
    tokens: list[tuple[int, str]], first_prefix: str, tuples: bool = False
) -> list[Leaf]:
    """Leaves of an expression with black's whitespace (``first_prefix`` before the first);
    ``tuples``: parenthesized tuples are allowed (black keeps them as written in a dict entry,
    and never takes their parentheses for optional ones)."""
    leaves: list[Leaf] = []
    stack: list[Leaf] = []
    prev: Leaf | None = None
    for kind, value in tokens:
        if kind == COLON:
            raise Unsupported("colon inside an expression")
        atom = False
        if kind in CLOSING:
            if not stack or _MATCH[stack[-1].type] != kind:
                raise Unsupported("unbalanced")
            atom = stack.pop().atom
            prefix = ""
        elif prev is None:
            prefix = first_prefix
        elif prev.type in OPENING or kind in (COMMA, DOT) or prev.type == DOT:
            prefix = ""
        elif kind in OPENING and prev.type in (NAME, RSQB, RPAR):
            prefix = ""  # a subscript or call trailer
        elif kind == EQUAL or prev.type == EQUAL:
            if not stack or stack[-1].type != LPAR or stack[-1].atom:
                raise Unsupported("= outside a call")
            prefix = ""  # a keyword argument
        else:
            prefix = " "
        if kind in OPENING:
            atom = prev is None or prev.type not in (NAME, RSQB, RPAR)
        if atom and kind == LPAR and not tuples:
            raise Unsupported("parenthesized expression")
        leaf = Leaf(kind, value, prefix, atom)
        if kind in OPENING:
            stack.append(leaf)
        leaves.append(leaf)
        prev = leaf
    if stack or not leaves:
        raise Unsupported("unbalanced")
    if tuples:
        _check_tuples(leaves)
    return leaves


def _check_tuples(leaves: list[Leaf]) -> None:
    """Every parenthesized atom must be a tuple of two or more items without a trailing
    comma (a one-tuple or redundant parentheses are black's to normalize)."""
    for i, leaf in enumerate(leaves):
        if leaf.type == LPAR and leaf.atom:
            depth, commas = 0, 0
            for j in range(i, len(leaves)):
                t = leaves[j].type
                if t in OPENING:
                    depth += 1
                elif t in CLOSING:
                    depth -= 1
                    if depth == 0:
                        if commas == 0 or leaves[j - 1].type == COMMA:
                            raise Unsupported("not a plain tuple")
                        break
                elif t == COMMA and depth == 1:
                    commas += 1


def _split_top(tokens: list[tuple[int, str]], kind: int) -> tuple[list[tuple[int, str]], ...]:
    """``tokens`` cut at the first ``kind`` outside brackets."""
    depth = 0
    for i, (k, _) in enumerate(tokens):
        if k in OPENING:
            depth += 1
        elif k in CLOSING:
            depth -= 1
        elif k == kind and depth == 0:
            return tokens[:i], tokens[i + 1 :]
    return (tokens,)


def _wrapped(leaves: list[Leaf], prefix: str) -> list[Leaf]:
    """``leaves`` in invisible parentheses (which take over the first leaf's whitespace)."""
    leaves[0].prefix = leaves[0].ws = ""
    return [Leaf(LPAR, "", prefix, atom=True), *leaves, Leaf(RPAR, "", atom=True)]


def _has_top_union(tokens: list[tuple[int, str]]) -> bool:
    return len(_split_top(tokens, VBAR)) > 1


def _entry(tokens: list[tuple[int, str]], depth: int) -> Line:
    """``key: value,`` of an exploded dict: no optional parentheses on either side."""
    if not tokens or tokens[-1][0] != COMMA:
        raise Unsupported("no trailing comma")
    parts = _split_top(tokens[:-1], COLON)
    if len(parts) != 2:
        raise Unsupported("not a dict entry")
    key = _expression(parts[0], "", tuples=True)
    value = _expression(parts[1], " ", tuples=True)
    line = Line(depth, inside_brackets=True)
    for leaf in [*key, Leaf(COLON, ":"), *value, Leaf(COMMA, ",")]:
        line.tracker.mark(leaf)
        line.leaves.append(leaf)
    return line


def _return(value: str, depth: int) -> Line:
    """``return value``: the value in invisible parentheses, as black's linegen puts it."""
    leaves = [Leaf(NAME, "return"), *_wrapped(_expression(_tokens(value), " "), " ")]
    line = Line(depth)
    for leaf in leaves:
        line.tracker.mark(leaf)
        line.leaves.append(leaf)
    return line


def _assign(tokens: list[tuple[int, str]], depth: int) -> Line:
    """``target = value`` with a (dotted) name for target: the value in invisible parentheses,
    as black's linegen puts every right-hand side of ``=``."""
    parts = _split_top(tokens, EQUAL)
    target = parts[0]
    if (
        len(parts) != 2
        or not target
        or [k for k, _ in target[::2]] != [NAME] * len(target[::2])
        or [k for k, _ in target[1::2]] != [DOT] * len(target[1::2])
        or len(target) % 2 == 0
    ):
        raise Unsupported("not an assignment to a name")
    leaves = [Leaf(k, v) for k, v in target]
    leaves += [Leaf(EQUAL, "=", " "), *_wrapped(_expression(parts[1], " "), " ")]
    line = Line(depth)
    for leaf in leaves:
        line.tracker.mark(leaf)
        line.leaves.append(leaf)
    return line


def _statement(text: str, kind: str) -> Line:
    """The leaves of ``name: type = value`` as black's linegen makes them: in a signature
    (``kind == "param"``, inside the def's brackets, trailing comma) the annotation gets
    invisible parentheses when it is a union; in a class body both sides always do.
    ``kind == "entry"``: a ``key: value,`` line of an exploded dict."""
    stripped = text.lstrip(" ")
    indent = len(text) - len(stripped)
    if kind == "return":
        return _return(stripped.removeprefix("return "), indent // 4)
    tokens = _tokens(stripped)
    if kind == "entry":
        return _entry(tokens, indent // 4)
    if kind == "assign":
        return _assign(tokens, indent // 4)
    if kind == "param":
        if not tokens or tokens[-1][0] != COMMA:
            raise Unsupported("no trailing comma")
        tokens = tokens[:-1]
    if len(tokens) < 3 or tokens[0][0] != NAME or tokens[1][0] != COLON:
        raise Unsupported("not an annotated name")
    parts = _split_top(tokens[2:], EQUAL)
    annotation = _expression(parts[0], " ")
    value = _expression(parts[1], " ") if len(parts) > 1 else None
    if kind == "param":
        if _has_top_union(parts[0]):
            annotation = _wrapped(annotation, " ")
    else:
        annotation = _wrapped(annotation, " ")
        if value is not None:
            value = _wrapped(value, " ")
    leaves = [Leaf(NAME, tokens[0][1]), Leaf(COLON, ":"), *annotation]
    if value is not None:
        leaves += [Leaf(EQUAL, "=", " "), *value]
    if kind == "param":
        leaves.append(Leaf(COMMA, ","))
        line = Line(indent // 4, inside_brackets=True)
    else:
        line = Line(indent // 4)
    for leaf in leaves:
        line.tracker.mark(leaf)  # linegen appends every leaf with bracket tracking
        line.leaves.append(leaf)
    return line


def split_statement(text: str, kind: str) -> str | None:
    """``text`` (one line: a ``"param"`` of an exploded signature, a class-body ``"field"``,
    a module-level ``"alias"`` (``Name: TypeAlias = ...``), an ``"entry"`` of an exploded dict,
    an ``"assign"``-ment to a dotted name or a ``"return"``) laid out as black lays it out, or
    ``None`` when black has to decide."""
    if not text.isascii() or "\\" in text or (len(text) - len(text.lstrip(" "))) % 4:
        return None
    try:
        line = _statement(text, kind)
        lines = transform_line(line, force_parens=False)
    except (Unsupported, RecursionError):
        return None
    return "\n".join(str(ln) for ln in lines)
