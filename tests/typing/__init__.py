"""Type-checking tests: user code written against the generated clients, under mypy and pyright."""
