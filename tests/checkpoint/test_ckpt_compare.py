"""The comparison on its own (no run, no files): how each kind of difference is paired, classified
and turned into a fix. Names follow what TF 2.21 writes (tests/checkpoint/fixtures, SPEC 6)."""

from __future__ import annotations

from scopecli.checkpoint.classify import classify
from scopecli.checkpoint.compare import MAX_PAIR_CANDIDATES, CodeVariable, compare
from scopecli.checkpoint.model import Slice, StoredTensor


def stored(name: str, shape: tuple[int, ...] = (2,), dtype: str = "float32", parts: int = 0) -> StoredTensor:
    tensor = StoredTensor(name, dtype, 1, shape)
    tensor.slices = [Slice(((i, 1), (0, -1)), 0, 0, 0, None) for i in range(parts)]
    return tensor


def var(name: str, shape: tuple[int, ...] = (2,), created_by: str = "get_variable", notes: tuple = (),
        dtype: str = "float32") -> CodeVariable:
    return CodeVariable(name, dtype, shape, created_by, 3, notes)


def test_training_state_is_classified_by_name() -> None:
    names = {"w", "w/m"}
    assert classify("w/Adam_1")[0] == "optimizer_slot"
    assert classify("w/Adam_3")[0] == "optimizer_slot"  # a second AdamOptimizer
    assert classify("vs/outer/w/Momentum")[0] == "optimizer_slot"
    assert classify("bert/pooler/dense/kernel/adam_m")[0] == "optimizer_slot"
    assert classify("beta1_power_1")[0] == "optimizer_accumulator"
    assert classify("train/beta2_power")[0] == "optimizer_accumulator"
    assert classify("w/ExponentialMovingAverage")[0] == "ema_shadow"
    assert classify("global_step")[0] == "global_step"
    assert classify("w/m", names)[0] == "optimizer_slot" and classify("layer/m")[0] == "weight"
    assert classify("model/dense/kernel")[0] == "weight"


def test_only_optimizer_state_differs() -> None:
    result = compare([var("w"), var("b")], [stored("b"), stored("w"), stored("w/Adam"), stored("w/Adam_1"),
                                            stored("beta1_power", ()), stored("global_step", (), "int64")])
    assert result.ok and result.summary == "only_training_state_differs"
    code = [var("w"), var("w/Adam"), var("w/Adam_1")]  # a training graph; the checkpoint had no Adam
    result = compare(code, [stored("w")])
    assert not result.ok and result.summary == "weights_match_optimizer_differs"
    assert all(n[0].code == "training_state_not_saved" for _, n in result.missing)


def test_notebook_rerun_uniquified_tf_variable() -> None:
    note = "uniquified to `v1_1`: `v1` was already taken by op v1/ at line 2"
    result = compare([var("v1_1", created_by="tf.Variable", notes=(note,))], [stored("v1")])
    pairs = [(p.code.name, p.stored.name, p.notes[0].code) for p in result.renamed]
    assert pairs == [("v1_1", "v1", "uniquified")]
    assert result.renamed[0].notes[0].args["engine_note"] == note
    assert result.assignment_map == {} and result.unmappable[0][2].code == "not_in_variable_store"
    assert result.var_list == {"v1": "v1_1"} and not result.ok


def test_suffix_pairing_needs_one_differing_part_and_equal_shapes() -> None:
    result = compare([var("x/dense_1/kernel", (3, 3)), var("y/dense_1/kernel", (3, 3))],
                     [stored("x/dense/kernel", (3, 3)), stored("z/dense/kernel", (3, 3))])
    assert [(p.stored.name, p.notes[0].code) for p in result.renamed] == [
        ("x/dense/kernel", "uniquified"), ("z/dense/kernel", "scope_rewrite")]  # two parts differ there
    assert result.assignment_map == {"x/dense/": "x/dense_1/", "z/dense/": "y/dense_1/"}
    assert result.renamed[0].notes[0].args["layer_default_name"] == "dense"
    result = compare([var("dense_1/kernel", (3, 3))], [stored("dense/kernel", (4, 3))])
    assert not result.renamed and result.missing and result.unexpected


def test_partitioned_parts_match_the_full_name() -> None:
    code = [var("enc/embedding/part_0", (3, 4)), var("enc/embedding/part_1", (2, 4))]
    result = compare(code, [stored("enc/embedding", (5, 4), parts=2)])
    assert result.ok and [p.notes[0].code for p in result.matched] == ["partitioned", "partitioned"]


def test_shape_and_dtype_mismatch() -> None:
    result = compare([var("logits/kernel", (64, 10)), var("step", (), dtype="int32")],
                     [stored("logits/kernel", (64, 1001)), stored("step", (), "int64")])
    assert [p.code.name for p in result.mismatched] == ["logits/kernel", "step"] and not result.ok


def test_scope_dropped_uses_per_variable_entries_never_a_root_scope() -> None:
    result = compare([var("w"), var("b")], [stored("model/w"), stored("model/b")])
    assert result.rules == [("model/", "", 2)]
    reentered = compare([var("model_1/w"), var("model_1/b")], [stored("model/w"), stored("model/b")])
    assert [p.notes[0].code for p in reentered.renamed] == ["uniquified", "uniquified"]
    assert reentered.assignment_map == {"model/": "model_1/"}
    assert result.assignment_map == {"model/w": "w", "model/b": "b"}


def test_scope_entry_only_where_tfs_rule_holds() -> None:
    ckpt = [stored("model/a"), stored("model/b")]
    assert compare([var("net/a"), var("net/b")], ckpt).assignment_map == {"model/": "net/"}
    partial = compare([var("net/a"), var("net/b"), var("net/new", (7,))], ckpt)
    assert partial.assignment_map == {"model/a": "net/a", "model/b": "net/b"}
    assert [v.name for v, _ in partial.missing] == ["net/new"]


def test_the_best_supported_rewrite_wins() -> None:
    ckpt = [stored(f"model/layer{i}/kernel", (4, 4)) for i in range(5)]
    code = [var(f"net/layer{i}/kernel", (4, 4)) for i in range(5)]
    result = compare(code, ckpt)
    assert result.rules == [("model/", "net/", 5)]
    assert all(p.stored.name.replace("model/", "net/") == p.code.name for p in result.renamed)


def test_work_is_bounded_for_many_same_shaped_names() -> None:
    n = 600  # 360k same-last-name pairs: more than the bound, so counting stops early
    assert n * n > MAX_PAIR_CANDIDATES
    ckpt = [stored(f"a{i}/kernel", (4,)) for i in range(n)]
    code = [var(f"b{i}/kernel", (4,)) for i in range(n)]
    result = compare(code, ckpt)
    assert len(result.renamed) + len(result.missing) == n
