"""render: results as a tree, names, JSON, a diff table, DOT/Mermaid, and `run`'s plain output."""
