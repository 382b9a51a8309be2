"""The steps budget's static part: what each statement, comprehension element and lambda call
costs, set once on the AST (`scopecli_cost`) so the interpreter charges a statement's whole
evaluation work with one addition. The checker counts them during its own walk (with these
tables); `annotate_costs` does it for a tree the checker did not walk.
"""

from __future__ import annotations

import ast

COST = "scopecli_cost"  # attribute set on statement, comprehension and lambda nodes


_COSTS_DONE = "scopecli_costs_done"  # set on a tree's root once its costs are set


_BODIES = frozenset({"body", "orelse", "finalbody", "handlers"})


_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


# Nodes the count passes through without counting them (a statement's other children, such as
# an ExceptHandler or an `arg`, are still walked for their own lambdas but count for nobody).
_PASS_THROUGH = (ast.keyword, ast.comprehension, ast.arguments, ast.withitem)


# Per element, a comprehension evaluates these fields and the conditions of its generators.
_PARTS: dict[type, tuple[str, ...]] = {
    ast.ListComp: ("elt",), ast.SetComp: ("elt",), ast.GeneratorExp: ("elt",), ast.DictComp: ("key", "value"),
}


def annotate_costs(tree: ast.AST) -> None:
    """Set `scopecli_cost` on every statement (1 + the expression nodes it evaluates itself, its
    nested statement bodies and decorators excluded), on every comprehension (per element: the
    expression nodes of the element and of the conditions) and on every lambda (of its body).

    Computed once before running, so the interpreter charges a whole statement's evaluation work
    with one addition, and a loop over a long expression pays for its length. One iterative pass
    (deep trees cannot overflow): each node carries the statements / comprehensions / lambdas
    whose cost it adds to, so a 100k-line file is walked once, not once per statement.
    """
    if getattr(tree, _COSTS_DONE, False):
        return  # Checker.check counted them in its own walk
    costs: dict[ast.AST, int] = {}
    stack: list[tuple[ast.AST, tuple[ast.AST, ...]]] = [(tree, ())]
    push = stack.append
    while stack:
        node, owners = stack.pop()
        kind = node.__class__
        if isinstance(node, ast.expr):
            for owner in owners:
                costs[owner] += 1
        elif isinstance(node, ast.stmt):
            costs[node] = 1
            owners = (node,)
        elif not isinstance(node, _PASS_THROUGH):
            owners = ()
        parts = _PARTS.get(kind)
        if parts is not None:
            costs[node] = 0
            inner = (*owners, node)
            for part in parts:
                push((getattr(node, part), inner))
            for generator in node.generators:  # type: ignore[attr-defined]
                push((generator.target, owners))
                push((generator.iter, owners))
                for condition in generator.ifs:
                    push((condition, inner))
            continue
        if kind is ast.Lambda:
            costs[node] = 0
            push((node.args, owners))  # type: ignore[attr-defined]
            push((node.body, (*owners, node)))  # type: ignore[attr-defined]
            continue
        is_stmt = owners and owners[-1] is node
        for field in kind._fields:
            value = getattr(node, field, None)
            inner = () if (is_stmt and field in _BODIES) or field == "decorator_list" else owners
            if type(value) is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        push((item, inner))
            elif isinstance(value, ast.AST):
                push((value, inner))
    for node, cost in costs.items():
        setattr(node, COST, cost)
