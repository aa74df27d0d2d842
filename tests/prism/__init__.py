"""Prism-validated requests from every generated client (see test_prism.py)."""
