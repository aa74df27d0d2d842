"""OpenAPI 3.0/3.1 → typed Python client generator.

The pipeline, one module per stage:
load → validate → resolve → normalize → build (IR) → render → format → write.
"""

__version__ = "0.1.0"
