"""Compose a YAML scenario's nodes safely: only `yaml.compose` (never a constructor, so no tag
can build an object), with explicit tags, anchors, aliases and duplicate keys refused outright
(billion laughs) and the nesting bounded; libyaml's parser when present, re-checked by the pure
loader where it may differ. yaml_loader.py turns the composed nodes into the scenario.
"""

from __future__ import annotations

import ast
import re

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import ScalarEvent, SequenceEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does it all
    _CParser = None

from scopecli.errors import InputError, SourcePos
from scopecli.limits import DEFAULT_LIMITS, Limits

_STR_TAG = "tag:yaml.org,2002:str"


class _StrictLoader(yaml.SafeLoader):
    """The pure-Python SafeLoader (its marks carry snippets) with scopecli's refusals added."""

    def __init__(self, text: str, path: str, max_depth: int):
        super().__init__(text)
        self.path = path
        self.max_depth = max_depth
        self.depth = 0

    def pos(self, mark: yaml.Mark) -> SourcePos:
        return SourcePos(self.path, mark.line + 1, mark.column + 1)

    def compose_node(self, parent: Node | None, index: object) -> Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            # Aliases are shared nodes: cheap to load, exponential to walk (billion laughs).
            raise InputError(
                "YAML anchors and aliases (&name, *name) are not allowed in scenarios",
                self.pos(event.start_mark), hint="write the repeated part out",
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!", _STR_TAG):
            raise InputError(f"YAML tag `{tag}` is not allowed", self.pos(event.start_mark),
                             hint="remove the tag; only plain text, lists and mappings are read")
        self.depth += 1
        if self.depth > self.max_depth:
            raise InputError(f"YAML nesting too deep (more than {self.max_depth} levels)",
                             self.pos(event.start_mark), hint="flatten the steps")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def compose_mapping_node(self, anchor: str | None) -> MappingNode:
        node = super().compose_mapping_node(anchor)
        seen: set[str] = set()
        for key, _ in node.value:
            if isinstance(key, ScalarNode):
                if key.value in seen:  # PyYAML would silently keep the last one
                    raise InputError(f"duplicate key `{key.value}`", self.pos(key.start_mark),
                                     hint="each key may appear once in a mapping")
                seen.add(key.value)
        return node



if _CParser is not None:
    class _FastStrictLoader(_CParser, _StrictLoader):  # type: ignore[misc, valid-type]
        """libyaml's scanner and parser (ten times faster) under the same Python composer and
        refusals. Used only for text that loads without any error: anything else is loaded again
        by `_StrictLoader`, so every message and mark a user sees comes from one loader."""

        def __init__(self, text: str, path: str, max_depth: int):
            _CParser.__init__(self, text)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            self.path = path
            self.max_depth = max_depth
            self.depth = 0

        # Composer's node methods, not libyaml's (which would skip the refusals above).
        get_single_node = Composer.get_single_node
        get_node = Composer.get_node
        check_node = Composer.check_node

        def compose_scalar_node(self, anchor: str | None) -> ScalarNode:
            node = super().compose_scalar_node(anchor)
            if node.style == "":  # libyaml's plain style; the pure-Python parser says None
                node.style = None
            return node

        def compose_sequence_node(self, anchor: str | None) -> SequenceNode:
            """Composer.compose_sequence_node, with its commonest item (a scalar step without
            anchor or tag, within the depth limit) composed inline: what compose_node and
            compose_scalar_node would make of it, without their calls (a 100k-step file has 100k).
            Any other item takes the general route with every refusal."""
            start = self.get_event()
            tag = start.tag
            if tag is None or tag == "!":
                tag = self.resolve(SequenceNode, None, start.implicit)
            node = SequenceNode(tag, [], start.start_mark, None, flow_style=start.flow_style)
            items = node.value
            inline = self.depth < self.max_depth and not self.yaml_path_resolvers
            while not self.check_event(SequenceEndEvent):
                event = self.peek_event()
                if inline and event.__class__ is ScalarEvent and event.anchor is None and event.tag is None:
                    self.get_event()
                    value = event.value
                    items.append(ScalarNode(self.resolve(ScalarNode, value, event.implicit), value,
                                            event.start_mark, event.end_mark, style=event.style or None))
                else:
                    items.append(self.compose_node(node, len(items)))
            node.end_mark = self.get_event().end_mark
            return node


# Above this size, a YAML error that libyaml found is reported as libyaml said it: loading the
# text again with the pure-Python loader for its wording costs ~10 us a byte (10 s for 1 MB).
PURE_REPARSE_BYTES = 64 * 1024


def _fast_compose(text: str, path: str, limits: Limits) -> Node | None | bool | Exception:
    """The node tree by libyaml; False when it cannot be used or `text` has a problem the
    pure-Python loader should word; the error itself when that would cost too much (a refusal of
    scopecli's own, such as an anchor, is positioned by the same marks either way)."""
    if _CParser is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return False
    loader: _FastStrictLoader | None = None
    try:
        loader = _FastStrictLoader(text, path, limits.yaml_depth)
        node: Node | None = loader.get_single_node()
        return node
    except (yaml.YAMLError, InputError) as error:
        return error if len(text) > PURE_REPARSE_BYTES else False
    except (RecursionError, MemoryError):
        return False
    finally:
        if loader is not None:
            loader.dispose()


def compose(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> Node | None:
    """The YAML node tree of `text` (None when empty), or one `InputError`."""
    fast = _fast_compose(text, path, limits)
    if isinstance(fast, InputError):
        raise fast
    loader: _StrictLoader | None = None
    try:
        if isinstance(fast, yaml.YAMLError):
            raise fast
        if fast is not False:
            return fast  # type: ignore[return-value]
        loader = _StrictLoader(text, path, limits.yaml_depth)  # checks for unprintable characters
        return loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        said = ", ".join(str(part) for part in (e.context, e.problem) if part) or "invalid YAML"
        problem = " ".join(said.split())
        hint = "indent with spaces, not tabs" if re.search(r"\\t|\btab\b", problem) else None
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise InputError(f"invalid YAML: {problem}", SourcePos(path, line, col), hint) from None
    except yaml.reader.ReaderError as e:
        before = text[: e.position]
        line, col = before.count("\n") + 1, e.position - before.rfind("\n")
        raise InputError(f"invalid YAML: control character U+{e.character:04X} is not allowed",
                         SourcePos(path, line, col)) from None
    except yaml.YAMLError as e:
        raise InputError(f"invalid YAML: {' '.join(str(e).split())}", SourcePos(path, 1, 1)) from None
    except (RecursionError, MemoryError):
        raise InputError("YAML nesting too deep to read", SourcePos(path, 1, 1)) from None
    finally:
        if loader is not None:
            loader.dispose()


def looks_like_yaml(text: str) -> bool:
    """Content sniffing for a path without a suffix: a mapping with a top-level `steps` key."""
    if not re.search(r"^steps[ \t]*:", text, re.MULTILINE):
        return False
    try:
        root = compose(text, "<sniff>")
    except InputError:
        # Broken YAML that is not Python either is still best explained as YAML.
        try:
            ast.parse(text)
        except Exception:
            return True
        return False
    return isinstance(root, MappingNode) and any(
        isinstance(k, ScalarNode) and k.value == "steps" for k, _ in root.value
    )
