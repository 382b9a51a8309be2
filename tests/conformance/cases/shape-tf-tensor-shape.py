# tensor_shape_test: Dimension arithmetic and comparisons, TensorShape merge/concatenate/is_compatible_with/most_specific_compatible_shape, as_list errors, with_rank errors, unknown shapes.
import tensorflow as tf
D = tf.Dimension
print(D(12).value, D(12) + D(3), D(12) - 1, D(12) * D(None), D(12) // 5, D(None) + 1, D(12) % 5, D(3) == D(3), D(3) == D(None), D(3) < D(4), D(None) < D(4))
print(D(12).merge_with(D(None)), D(None).merge_with(12), D(12).is_compatible_with(D(13)))
try:
    D(12).merge_with(D(13))
except ValueError as e:
    print("ValueError:", e)
try:
    D(-1)
except ValueError as e:
    print("ValueError:", e)
s = tf.TensorShape([3, None, 7])
print(s, s.ndims, s.as_list(), s.is_fully_defined(), s[1], s[1:], s.num_elements(), tf.TensorShape([2, 3]).num_elements())
print(s.merge_with([None, 4, 7]), s.concatenate([1, 2]), s.is_compatible_with([3, 5, 7]), s.is_compatible_with([3, 5]))
print(tf.TensorShape(None), tf.TensorShape(None).ndims, tf.TensorShape(None).concatenate([1]), tf.TensorShape([]).ndims)
print(s.most_specific_compatible_shape(tf.TensorShape([3, 4, 8])), tf.TensorShape([1, 2]).most_specific_compatible_shape(tf.TensorShape([1, 2, 3])))
for bad in (lambda: tf.TensorShape(None).as_list(), lambda: s.merge_with([4, 4, 7]), lambda: s.with_rank(2), lambda: s.with_rank_at_least(4), lambda: s.with_rank_at_most(2), lambda: s.assert_is_fully_defined(), lambda: s.assert_same_rank([1])):
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
print(s.with_rank(3), s.with_rank_at_least(2), tf.TensorShape(None).with_rank(2), s == tf.TensorShape([3, None, 7]), tf.TensorShape([1, 2]) == tf.TensorShape([1, 2]))
print(repr(s), repr(tf.TensorShape(None)), repr(tf.TensorShape([])), s.dims)
