"""TF2 object-based checkpoints: the `TrackableObjectGraph` stored under
`_CHECKPOINTABLE_OBJECT_GRAPH`, decoded into checkpoint key -> the variable's own name.

TrackableObjectGraph: nodes=1 -> TrackableObject {children=1 -> ObjectReference {node_id=1,
local_name=2}, attributes=2 -> SerializedTensor {name=1, full_name=2, checkpoint_key=3},
slot_variables=3 -> SlotVariableReference {original_variable_node_id=1, slot_name=2,
slot_variable_node_id=3}}.
"""

from __future__ import annotations

from dataclasses import dataclass

from scopecli.checkpoint.wire import Corrupt, message, one, subs, text

MAX_NODES = 10_000_000


@dataclass(frozen=True)
class ObjectKey:
    checkpoint_key: str
    full_name: str  # the variable's own name (`dense/kernel`)
    slot_of: str | None = None  # for an optimizer slot: the full_name of the variable it is for
    slot_name: str | None = None  # `m`, `v`, `momentum` ...


def object_keys(data: bytes) -> list[ObjectKey]:
    """Every serialized tensor of an object graph, with slot variables marked."""
    nodes = subs(message(data), 1)
    if len(nodes) > MAX_NODES:
        raise Corrupt(f"object graph of {len(nodes)} nodes")
    attributes: list[list[tuple[str, str]]] = []
    for node in nodes:
        attributes.append([(text(a, 3), text(a, 2)) for a in subs(node, 2)])
    slots: dict[int, tuple[int, str]] = {}
    for node in nodes:
        for ref in subs(node, 3):
            original, slot = one(ref, 1), one(ref, 3)
            if not isinstance(original, int) or not isinstance(slot, int) or \
                    original >= len(nodes) or slot >= len(nodes):
                raise Corrupt("slot variable reference to a node that does not exist")
            slots[slot] = (original, text(ref, 2))
    out = []
    for index, pairs in enumerate(attributes):
        slot_of = slot_name = None
        if index in slots:
            original, slot_name = slots[index]
            names = [full for _, full in attributes[original]]
            slot_of = names[0] if names else f"node {original}"
        for key, full_name in pairs:
            out.append(ObjectKey(key, full_name, slot_of, slot_name))
    return out
