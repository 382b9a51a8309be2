# variable_scope_test testVarScopeCachingDevice: caching_device is inherited by child scopes, "" switches it off, a callable keeps the op's device; set_caching_device on the scope object.
import tensorflow as tf
caching_device = "/job:moo"
with tf.variable_scope("tower"):
    with tf.variable_scope("caching", caching_device=caching_device):
        v = tf.get_variable("v", [])
        print(repr(v.value().device), v.value().name)
        with tf.variable_scope("child"):
            v2 = tf.get_variable("v", [])
            print(repr(v2.value().device))
        with tf.variable_scope("not_cached", caching_device=""):
            v3 = tf.get_variable("v", [])
            print(repr(v3.value().device))
        with tf.variable_scope("not_cached_identity_device", caching_device=lambda op: op.device):
            v4 = tf.get_variable("v", [])
            print(repr(v4.value().device))
        with tf.variable_scope("we_will_do_it_live") as vs_live:
            vs_live.set_caching_device("/job:live")
            v5 = tf.get_variable("v", [])
            print(repr(v5.value().device), repr(vs_live.caching_device))
    v6 = tf.get_variable("v", [])
    print(repr(v6.value().device), v6.name)
