"""Resource classes, one module per top-level resource."""
