"""TF's python/ops modules (math_ops, nn_ops ...), migrated here one op family at a time.

Each module holds the public wrappers (declared with `@tf_export`) and, next to them, the shape
functions of the op types they build (`@shape_fn`). See engine.framework.registry for the guide.
"""
