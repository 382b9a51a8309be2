# ops_test testAsGraphElementConversions/testGetOperationByName/testGetTensorByName errors/testGraphKeys/testNotInGraph: as_graph_element and the by-name lookups with TF's errors.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.identity(a, name="b")
    print(g.as_graph_element("a").name, g.as_graph_element("a:0").name, g.as_graph_element(a).name, g.as_graph_element(a.op).name)
    print(g.get_operation_by_name("b").name, g.get_tensor_by_name("b:0").name, g.as_graph_element("b:0", allow_tensor=True).op.name)
    for call in (lambda: g.as_graph_element("a", allow_operation=False), lambda: g.as_graph_element("a:0", allow_tensor=False), lambda: g.as_graph_element("nope"), lambda: g.as_graph_element("a:7"),
                 lambda: g.as_graph_element("x:y:z"), lambda: g.get_operation_by_name("a:0"), lambda: g.get_tensor_by_name("a"), lambda: g.as_graph_element(12), lambda: g.as_graph_element("b:0", allow_tensor=False, allow_operation=False)):
        try:
            print(call())
        except (ValueError, KeyError, TypeError) as e:
            print(type(e).__name__ + ":", str(e).splitlines()[0])
other = tf.Graph()
with other.as_default():
    c = tf.constant(2.0, name="c")
try:
    g.as_graph_element(c)
except ValueError as e:
    print("ValueError:", e)
with g.as_default():
    try:
        tf.add(a, c)
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0].split(" (graphs are")[0])
print(g.version, other.version, g.finalized)
g.finalize()
try:
    with g.as_default():
        tf.constant(1)
except RuntimeError as e:
    print("RuntimeError:", e)
