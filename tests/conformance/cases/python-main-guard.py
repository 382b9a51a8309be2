# if __name__ == "__main__": runs, as when the file is run as a script.
import tensorflow as tf
def main():
    with tf.variable_scope("net"):
        v = tf.get_variable("v", [1])
    print(v.name, __name__)
if __name__ == "__main__":
    main()
