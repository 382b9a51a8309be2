"""The objects scenario code holds for variable scopes (ops/variable_scope.py): `VariableScope`,
the defaults get_variable reads, and tf.AUTO_REUSE. Entering scopes and the variable store live in
engine/variable_scope.py."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.notes import Note
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class ReuseMode(Exposed):
    """tf.AUTO_REUSE (variable_scope._ReuseMode.AUTO_REUSE)."""

    TYPE_NAME = "_ReuseMode"

    @attribute
    def name(self) -> str:
        return "AUTO_REUSE"

    @attribute
    def value(self) -> int:
        return 1

    def __repr__(self) -> str:
        return "<_ReuseMode.AUTO_REUSE: 1>"

    def __str__(self) -> str:
        return "_ReuseMode.AUTO_REUSE"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


AUTO_REUSE = ReuseMode()


class VariableScope(Exposed):
    """The defaults get_variable reads: name prefix, reuse, initializer, dtype ..."""

    TYPE_NAME = "VariableScope"

    def __init__(self, reuse: Any, name: str = "", initializer: Any = None, regularizer: Any = None,
                 caching_device: Any = None, partitioner: Any = None, custom_getter: Any = None,
                 name_scope: str = "", dtype: Any = dtypes.float32, use_resource: Any = None,
                 constraint: Any = None):
        self.reuse_ = reuse
        self.name_ = name
        self.initializer_ = initializer
        self.regularizer_ = regularizer
        self.caching_device_ = caching_device
        self.partitioner_ = partitioner
        self.custom_getter_ = custom_getter
        self.name_scope_ = name_scope
        self.dtype_ = dtype
        self.use_resource_ = use_resource
        self.constraint_ = constraint
        # For explain: where this scope object was opened and how its settings came about.
        self.site: Any = None
        self.notes: list[Note] = []
        self.reuse_set_at: Any = None
        self.opened_name_scope: str | None = None  # the name scope its `with` opened (None: none opened)
        self.state_: Any = None  # the run's TFState: get_collection reads its default graph, as TF's does

    @attribute
    def name(self) -> str:
        return self.name_

    @attribute
    def original_name_scope(self) -> str:
        return self.name_scope_

    @attribute
    def reuse(self) -> Any:
        return self.reuse_

    @attribute
    def initializer(self) -> Any:
        return self.initializer_

    @attribute
    def dtype(self) -> Any:
        return self.dtype_

    @attribute
    def regularizer(self) -> Any:
        return self.regularizer_

    @attribute
    def caching_device(self) -> Any:
        return self.caching_device_

    @attribute
    def partitioner(self) -> Any:
        return self.partitioner_

    @attribute
    def custom_getter(self) -> Any:
        return self.custom_getter_

    @attribute
    def use_resource(self) -> Any:
        return self.use_resource_

    @attribute
    def constraint(self) -> Any:
        return self.constraint_

    @method
    def reuse_variables(self) -> None:
        self.reuse_ = True
        self.reuse_set_at = "reuse_variables()"

    @method
    def set_initializer(self, initializer: Any) -> None:
        self.initializer_ = initializer

    @method
    def set_dtype(self, dtype: Any) -> None:
        self.dtype_ = dtype

    @method
    def set_regularizer(self, regularizer: Any) -> None:
        self.regularizer_ = regularizer

    @method
    def set_caching_device(self, caching_device: Any) -> None:
        self.caching_device_ = caching_device

    @method
    def set_partitioner(self, partitioner: Any) -> None:
        self.partitioner_ = partitioner

    @method
    def set_custom_getter(self, custom_getter: Any) -> None:
        self.custom_getter_ = custom_getter

    @method
    def set_use_resource(self, use_resource: Any) -> None:
        self.use_resource_ = use_resource

    @method
    def get_collection(self, name: Any) -> list[Any]:
        """VariableScope.get_collection: the default graph's collection filtered by this scope."""
        return self.state_.graph.get_collection(name, self.name_ + "/" if self.name_ else "")

    @method
    def trainable_variables(self) -> list[Any]:
        return self.get_collection("trainable_variables")

    @method
    def global_variables(self) -> list[Any]:
        return self.get_collection("variables")

    @method
    def local_variables(self) -> list[Any]:
        return self.get_collection("local_variables")

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.variable_scope.VariableScope object>"
