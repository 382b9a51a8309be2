"""TF's python/framework for scopecli: op defs applied (op_def_library), registries, exports."""
