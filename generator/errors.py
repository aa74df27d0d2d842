"""Findings and the one exception type the pipeline raises for spec problems."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Finding:
    """One validation or lint result, located in a spec file."""

    level: str  # "error" | "warning" | "note"
    message: str
    file: str = ""
    pointer: str = ""
    line: int = 0
    column: int = 0

    def format(self) -> str:
        where = self.file or "<spec>"
        if self.line:
            where = f"{where}:{self.line}:{self.column or 1}"
        pointer = f" (#{self.pointer})" if self.pointer else ""
        return f"{where}: {self.level}: {self.message}{pointer}"


@dataclass
class SpecError(Exception):
    """A problem with the input that stops generation; never shown as a traceback."""

    findings: list[Finding] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(f.format() for f in self.findings)


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(base: str, *tokens: object) -> str:
    return base + "".join("/" + escape_pointer_token(t) for t in tokens)


def split_pointer(pointer: str) -> list[str]:
    if not pointer or pointer == "/":
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]


class FormatError(Exception):
    """Generated code that does not parse: a generator bug, never a spec's fault."""
