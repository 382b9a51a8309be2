# super().__init__() / super(Cls, self).__init__() reaching object.__init__ (an agent class
# deriving from object, as RL files write it); a wrong call raises object's TypeError.
import tensorflow as tf


class Agent(object):
    def __init__(self, name):
        super(Agent, self).__init__()
        with tf.variable_scope(name):
            self.w = tf.get_variable("w", [2])


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Agent("a").w.name, Plain().ok)
try:
    super(Agent, Agent("b")).__init__(1)
except TypeError as e:
    print(e)
