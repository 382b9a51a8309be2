"""End to end with real TF: the `assignment_map` scopecli writes for the renamed model is accepted
by `tf.compat.v1.train.init_from_checkpoint` and restores every renamed variable's value.

    ~/tfenv/bin/python tests/checkpoint/tf_assignment_map_check.py [SCOPECLI_PYTHON]

Runs `scopecli ckpt fixtures/adam fixtures/model_renamed.py --format json` (with the worktree's
`.venv` Python unless given), builds model_renamed.py with real TF (Adam included, so its slots are
in the variable store too), applies the map, initializes, and compares every variable with the
checkpoint value of the name it was renamed from. Writes the outcome to
fixtures/adam/assignment_map.outcome.json and exits 1 if any value differs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, "fixtures")


def main() -> int:
    python = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".venv", "bin", "python")
    run = subprocess.run([python, "-m", "scopecli", "ckpt", os.path.join(FIXTURES, "adam"),
                          os.path.join(FIXTURES, "model_renamed.py"), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    doc = json.loads(run.stdout)
    assignment_map = doc["assignment_map"]
    prefix = os.path.join(FIXTURES, "adam", "model.ckpt")
    reader = tf.train.load_checkpoint(prefix)
    v1 = tf.compat.v1
    with open(os.path.join(FIXTURES, "model_renamed.py")) as f:
        source = f.read().replace("import tensorflow as tf", "")
    outcome: dict = {"made_by": f"TensorFlow {tf.__version__}", "scopecli_exit": run.returncode,
                     "assignment_map": assignment_map, "restored": [], "wrong": []}
    with tf.Graph().as_default(), v1.Session() as sess:
        exec(compile(source, "model_renamed.py", "exec"), {"tf": v1})
        v1.train.init_from_checkpoint(prefix, assignment_map)
        sess.run(v1.global_variables_initializer())
        renamed = {new: old for old, new in doc["renames"]}
        for variable in v1.global_variables():
            name = variable.op.name
            old = renamed.get(name)
            if old is None:  # a slot of a renamed variable: the scope map covers it too
                for new_prefix, old_prefix in ((v, k) for k, v in assignment_map.items()):
                    if name.startswith(new_prefix) and reader.has_tensor(old_prefix + name[len(new_prefix):]):
                        old = old_prefix + name[len(new_prefix):]
            if old is None:
                continue
            same = bool(np.array_equal(sess.run(variable), reader.get_tensor(old)))
            outcome["restored" if same else "wrong"].append([old, name])
    outcome["every_renamed_variable_restored"] = (
        not outcome["wrong"] and {n for _, n in outcome["restored"]} >= {n for _, n in doc["renames"]})
    with open(os.path.join(FIXTURES, "adam", "assignment_map.outcome.json"), "w") as f:
        json.dump(outcome, f, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps(outcome, indent=1))
    return 0 if outcome["every_renamed_variable_restored"] and run.returncode == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
