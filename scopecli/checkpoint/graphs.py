"""Graph files: a GraphDef (`.pb` binary, `.pbtxt` text format), a MetaGraphDef (`.meta`), and a
SavedModel's `saved_model.pb`; only what naming needs: each node's name, op and inputs.

GraphDef: node=1 -> NodeDef {name=1, op=2, input=3}. MetaGraphDef: graph_def=2. SavedModel:
meta_graphs=2. The text format is parsed by a small tokenizer bounded in depth.
"""

from __future__ import annotations

import re

from scopecli.checkpoint.model import GraphNode
from scopecli.checkpoint.wire import Corrupt, Message, fields, message, subs

MAX_TEXT_DEPTH = 100
_NEWLINE = b"\n"


def _node(msg: Message) -> GraphNode:
    try:
        parts = [[v.decode("utf-8") for v in msg.get(n, ()) if isinstance(v, bytes)] for n in (1, 2, 3)]
    except UnicodeDecodeError:
        raise Corrupt("a node name is not UTF-8: not a GraphDef") from None
    names, ops, inputs = parts
    if len(names) != 1 or len(ops) != 1 or not names[0] or not ops[0]:
        raise Corrupt("a node without exactly one name and op: not a GraphDef")
    return GraphNode(names[0], ops[0], tuple(inputs))


def graph_nodes(data: bytes) -> list[GraphNode]:
    """The nodes of a binary GraphDef."""
    nodes = []
    for number, wire, value in fields(data):
        if number == 1:
            if wire != 2 or not isinstance(value, bytes):
                raise Corrupt("field 1 is not a node: not a GraphDef")
            nodes.append(_node(message(value)))
    return nodes


def meta_graph_nodes(data: bytes) -> list[GraphNode]:
    """The nodes of a MetaGraphDef's graph_def (field 2)."""
    graph = b""
    for number, wire, value in fields(data):
        if number == 2 and wire == 2 and isinstance(value, bytes):
            graph = value
    if not graph:
        raise Corrupt("no graph_def in it: not a MetaGraphDef")
    return graph_nodes(graph)


def saved_model_nodes(data: bytes) -> list[GraphNode]:
    """The nodes of a SavedModel's first MetaGraphDef (meta_graphs=2)."""
    metas = subs(message(data), 2)
    if not metas:
        raise Corrupt("no meta graph in it: not a SavedModel")
    raw = metas[0].get(2, [b""])[-1]
    if not isinstance(raw, bytes):
        raise Corrupt("malformed graph_def: not a SavedModel")
    return graph_nodes(raw)


# -- text format -------------------------------------------------------------------------------------

_TOKEN = re.compile(rb'\s+|#[^\n]*|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[{}<>:;,\[\]]'
                    rb'|[A-Za-z0-9_.+\-/]+')
_ESCAPES = {b"n": b"\n", b"t": b"\t", b"r": b"\r", b'"': b'"', b"'": b"'", b"\\": b"\\",
            b"a": b"\a", b"b": b"\b", b"f": b"\f", b"v": b"\v", b"?": b"?"}


def _unquote(token: bytes) -> str:
    body = token[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        if body[i:i + 1] != b"\\":
            out += body[i:i + 1]
            i += 1
            continue
        nxt = body[i + 1:i + 2]
        octal = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4])
        if octal:
            out.append(int(octal.group(), 8) & 0xFF)
            i += 1 + len(octal.group())
        elif nxt == b"x" and re.match(rb"[0-9a-fA-F]{1,2}", body[i + 2:i + 4]):
            digits = re.match(rb"[0-9a-fA-F]{1,2}", body[i + 2:i + 4]).group()  # type: ignore[union-attr]
            out.append(int(digits, 16))
            i += 2 + len(digits)
        elif nxt in _ESCAPES:
            out += _ESCAPES[nxt]
            i += 2
        else:
            raise Corrupt(f"unknown escape \\{nxt.decode('latin-1')} in a string")
    return out.decode("utf-8", "replace")


def _tokens(data: bytes) -> list[tuple[bytes, int]]:
    out = []
    pos = 0
    while pos < len(data):
        match = _TOKEN.match(data, pos)
        if match is None:
            line = data.count(b"\n", 0, pos) + 1
            raise Corrupt(f"line {line}: unexpected character {data[pos:pos + 1]!r}: not a text-format proto")
        token = match.group()
        if not token[:1].isspace() and not token.startswith(b"#"):
            out.append((token, pos))
        pos = match.end()
    return out


def text_graph_nodes(data: bytes) -> list[GraphNode]:
    """The nodes of a GraphDef in text format (`tf.io.write_graph(..., as_text=True)`)."""
    tokens = _tokens(data)
    nodes: list[GraphNode] = []
    i = 0
    depth = 0
    current: dict[str, list[str]] | None = None

    def where(index: int) -> str:
        pos = tokens[index][1] if index < len(tokens) else len(data)
        return f"line {data.count(_NEWLINE, 0, pos) + 1}"

    while i < len(tokens):
        token = tokens[i][0]
        if token in (b"}", b">"):
            depth -= 1
            if depth < 0:
                raise Corrupt(f"{where(i)}: unbalanced '}}'")
            if depth == 0 and current is not None:
                names, ops = current.get("name", []), current.get("op", [])
                if len(names) != 1 or len(ops) != 1:
                    raise Corrupt(f"{where(i)}: a node without exactly one name and op")
                nodes.append(GraphNode(names[0], ops[0], tuple(current.get("input", []))))
                current = None
            i += 1
            continue
        if token in (b";", b","):
            i += 1
            continue
        if not re.fullmatch(rb"[A-Za-z_][A-Za-z0-9_]*", token):
            raise Corrupt(f"{where(i)}: expected a field name, found {token[:40]!r}")
        name = token.decode()
        i += 1
        if i < len(tokens) and tokens[i][0] == b":":
            i += 1
        if i >= len(tokens):
            raise Corrupt(f"{where(i)}: the text ends inside field {name!r}")
        value = tokens[i][0]
        if value in (b"{", b"<"):
            depth += 1
            if depth > MAX_TEXT_DEPTH:
                raise Corrupt(f"{where(i)}: nested more than {MAX_TEXT_DEPTH} deep")
            if depth == 1:
                if name != "node":
                    current = None
                else:
                    current = {}
            i += 1
            continue
        if value[:1] in (b'"', b"'"):
            parts = []
            while i < len(tokens) and tokens[i][0][:1] in (b'"', b"'"):
                parts.append(_unquote(tokens[i][0]))  # adjacent strings concatenate
                i += 1
            text = "".join(parts)
        elif value == b"[":
            close = i
            while close < len(tokens) and tokens[close][0] != b"]":
                close += 1
            if close == len(tokens):
                raise Corrupt(f"{where(i)}: unterminated list")
            i = close + 1
            continue
        else:
            text = value.decode("latin-1")
            i += 1
        if depth == 1 and current is not None and name in ("name", "op", "input"):
            current.setdefault(name, []).append(text)
    if depth != 0:
        raise Corrupt("the text ends inside a message")
    if not nodes:
        raise Corrupt("no `node { ... }` in it: not a GraphDef in text format")
    return nodes
