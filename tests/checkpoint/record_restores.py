"""Record what real TensorFlow does with the restore cases (restore_cases/*.py), which read the
fixture named on their first line (`# checkpoint: fixtures/adam/model.ckpt`):

    ~/tfenv/bin/python tests/checkpoint/record_restores.py [CASE.py ...]

Each case runs in a forked child (TF imported once), in this folder so the fixture path resolves,
under tf.compat.v1 with v2 behaviour disabled. Writes `<case>.expected.json` beside it:
{"stdout", "error": "TypeName: first line" | null, "message": the whole text,
"tensorflow"}. test_restore_cli.py replays
them with `scopecli run CASE --checkpoint tests/checkpoint/<fixture>` (no TF).
"""

from __future__ import annotations

import io
import json
import os
import sys
from contextlib import redirect_stdout
from pathlib import Path

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import tensorflow as tf_module  # noqa: E402

HERE = Path(__file__).resolve().parent
CASES = HERE / "restore_cases"


def _run(case: Path) -> dict[str, object]:
    tf = tf_module.compat.v1
    tf.disable_v2_behavior()
    sys.modules["tensorflow"] = tf  # `import tensorflow as tf` in the case gets the v1 API
    out = io.StringIO()
    error = message = None
    os.chdir(HERE)
    try:
        with redirect_stdout(out):
            exec(compile(case.read_text(), str(case), "exec"), {"__name__": "__main__"})  # noqa: S102
    except Exception as exc:  # noqa: BLE001 - recording what TF raised is the point
        first = str(exc).split("\n", 1)[0]
        error = f"{type(exc).__name__}: {first}"
        message = str(exc)
    return {"stdout": out.getvalue(), "error": error, "message": message, "tensorflow": tf_module.__version__}


def main(argv: list[str]) -> int:
    cases = [Path(a).resolve() for a in argv] or sorted(CASES.glob("*.py"))
    for case in cases:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            with os.fdopen(write, "w") as stream:
                json.dump(_run(case), stream)
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as stream:
            result = json.loads(stream.read())
        os.waitpid(pid, 0)
        case.with_suffix(".expected.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
        print(f"{case.name}: {result['error'] or 'ok'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
