"""Words for the engine's notes: each `Note(code, facts)` said as explain prints it.

The engine records facts only (engine/framework/notes.py); this is the one place that turns a
code into a sentence. A worded note is a `Worded` string that still carries its code and facts,
so renderers test `note.code` (never the words) and JSON writes both.
"""

from __future__ import annotations

from collections.abc import Callable

from scopecli.engine.framework.notes import Note

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class Worded(str):
    """A note's sentence, with the code and facts it was made from."""

    code: str
    facts: dict[str, Any]

    def __new__(cls, text: str, note: Note) -> Worded:
        made = super().__new__(cls, text)
        made.code, made.facts = note.code, note.facts
        return made

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "facts": dict(self.facts), "text": str(self)}


def _uniquified(f: dict[str, Any]) -> str:
    said = f"uniquified to `{f['got']}`: `{f['wanted']}` was already taken"
    if "owner" in f:
        said += f" by {f['owner_kind']} {f['owner']} at line {f['owner_line']}"
    return said


def _variable_scope_entered(f: dict[str, Any]) -> str:
    entered = f["entered"]
    return (f"variable scope is `{entered or '(root)'}`: get_variable names under "
            f"`{entered + '/' if entered else '(root)'}`, ops and tf.Variable under `{f['name_scope']}/`")


_WORDS: dict[str, Callable[[dict[str, Any]], str]] = {
    "uniquified": _uniquified,
    "op_scope_deprecated": lambda f: "op_scope is deprecated since r0.11; use name_scope(name, default_name, "
                                     "values)",
    "variable_op_scope_deprecated": lambda f: "variable_op_scope is deprecated since r0.11; use "
                                              "variable_scope(name_or_scope, default_name, values)",
    "reentered_captured_scope": lambda f: f"re-entered captured variable scope `{f['scope']}`: get_variable "
                                          f"still names under `{f['scope']}/`",
    "default_name_uniquified": lambda f: f"default_name `{f['wanted']}` uniquified to `{f['got']}` among "
                                         "variable scopes",
    "no_auxiliary_name_scope": lambda f: "auxiliary_name_scope=False: no name scope opened; ops keep the "
                                         "current one",
    "get_variable_ignored_name_scope": lambda f: (
        f"get_variable ignored name scope `{f['name_scope']}/`: only variable scopes prefix its name "
        f"(variable scope is `{f['variable_scope'] or '(root)'}`)"),
    "initializer_inherited": lambda f: "initializer inherited from the enclosing variable_scope",
    "guarded_initial_value": lambda f: f"TF assigns `{f['tensor']}`, a copy of the initial value that reads "
                                       "other variables through their initialized_value() guards",
    "initial_value_copy": lambda f: f"copy of `{f['op']}` that TF made so `{f['variable']}`'s initial value "
                                    "reads initialized values only",
    "cond_switch": lambda f: f"routes `{f['tensor']}` into the {f['branch']} branch of the cond on "
                             f"`{f['pred']}`: a branch reads outside tensors through a Switch",
    "cond_pivot": lambda f: f"runs only in the {f['branch']} branch: it has no inputs, so the cond gives it "
                            f"`{f['pivot']}` as a control input",
    "variable_scope_entered": _variable_scope_entered,
    "reuse_inherited": lambda f: "reuse inherited from the enclosing variable scope",
    "reuse_variables_called": lambda f: "scope.reuse_variables() switched reuse on for the rest of this "
                                        "block",
    "reuses_variables": lambda f: "reuses variables: get_variable only looks up existing ones",
    "auto_reuse": lambda f: "reuse=AUTO_REUSE: get_variable creates a variable or reuses it",
    "frame": lambda f: f"made by {f['call']} (line {f['line']})",
    "restored_from_checkpoint": lambda f: f"restored from checkpoint key `{f['key']}` by saver.restore "
                                          f"(line {f['line']})",
    "initialized_from_checkpoint": lambda f: f"initialized from checkpoint key `{f['key']}` "
                                             "(tf.train.init_from_checkpoint)",
    "layer_default_name": lambda f: f"a layer without a name takes variable_scope(None, "
                                    f"default_name={f['base_name']!r}): unique among variable scopes",
}


def word(note: Note) -> Worded:
    """The sentence explain prints for `note`."""
    return Worded(_WORDS[note.code](note.facts), note)


def words(notes: Any) -> list[Worded]:
    """Each note worded once, in order."""
    return [word(n) for n in dict.fromkeys(notes)]


def code_of(note: Any) -> str:
    """The code of a worded note ("" for a sentence a renderer wrote itself)."""
    return getattr(note, "code", "")
