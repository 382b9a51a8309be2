# ops_test OperationTest testNoInputs/testReferenceInput/testInputsAndOutputs/testGetAttr errors/testConsumers/testCollections scope filter/testGetAllCollectionKeys: the Operation and Tensor API.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    c = tf.add(a, b, name="c")
    d = tf.identity(c, name="d")
    v = tf.Variable(1.0, name="v")
    op = c.op
    print(op.name, op.type, [t.name for t in op.inputs], [t.name for t in op.outputs], op.values()[0].name, op.graph is g, op.device, len(op.control_inputs))
    print([o.name for o in c.consumers()], [o.name for o in a.consumers()], c.value_index, c.op.outputs[0] is c, d.op.inputs[0] is c)
    print(op.get_attr("T"), v.op.get_attr("shape"), v.op.get_attr("dtype"), sorted(op.node_def.attr.keys()), op.node_def.name, op.node_def.op, list(op.node_def.input))
    for bad in (lambda: op.get_attr("nope"), lambda: g.get_operation_by_name("c").outputs[3]):
        try:
            bad()
        except (ValueError, IndexError) as e:
            print(type(e).__name__ + ":", str(e).splitlines()[0])
    tf.add_to_collections(["x", "y"], a)
    with tf.name_scope("s"):
        e = tf.constant(3.0, name="e")
    tf.add_to_collection("x", e)
    print([t.name for t in g.get_collection("x")], [t.name for t in g.get_collection("x", scope="s")], [t.name for t in g.get_collection("y")])
    print(sorted(k for k in g.get_all_collection_keys()), g.get_collection("zzz"))
    g.clear_collection("y")
    print(g.get_collection("y"), len(g.get_collection_ref("x")))
    ids = tf.identity_n([a, b], name="ids")
    print([t.name for t in ids], ids[0].op.type)
