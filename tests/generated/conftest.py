"""The packages in generated/ are imported straight from their distribution folders."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
SPECS = ROOT / "specs"

for dist in sorted(GENERATED.iterdir()) if GENERATED.is_dir() else []:
    if dist.is_dir() and str(dist) not in sys.path:
        sys.path.insert(0, str(dist))

