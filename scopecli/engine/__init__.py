"""engine: graph names, name and variable scopes, the variable store, ops, and the `tf` namespace."""
