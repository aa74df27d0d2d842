"""The templates of a generated distribution and its client runtime (``runtime/``).

Installed as the package ``generator.templates`` (see ``[tool.setuptools]`` in
``pyproject.toml``) so that the generator finds them wherever it is installed; nothing here is
imported by a generated client.
"""
