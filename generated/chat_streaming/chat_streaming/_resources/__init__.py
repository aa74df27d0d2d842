"""Resource classes, one module per top-level resource.

Generated from the OpenAPI spec; do not edit by hand.
"""
