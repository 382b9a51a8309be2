# source: tanushchangani3/mindureai ncf_model.py (kept as written; num_users 1000 -> 20, num_items 500 -> 15, latent_dim 50 -> 4, Dense 128 -> 6; the compiled total loss evaluated in a session through the `dense_1_target` placeholder, added after model.summary())
import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Input, Embedding, Flatten, Dense, Concatenate
from tensorflow.keras.models import Model

def build_ncf_model(num_users, num_items, latent_dim=50):
    # Define input layers for users and items
    user_input = Input(shape=(1,))
    item_input = Input(shape=(1,))

    # Create embedding layers for users and items
    user_embedding = Embedding(input_dim=num_users, output_dim=latent_dim)(user_input)
    item_embedding = Embedding(input_dim=num_items, output_dim=latent_dim)(item_input)

    # Flatten the embedding layers
    user_vec = Flatten()(user_embedding)
    item_vec = Flatten()(item_embedding)

    # Concatenate user and item vectors
    concat = Concatenate()([user_vec, item_vec])

    # Add dense layers for learning interactions
    dense = Dense(6, activation='relu')(concat)
    output = Dense(1, activation='sigmoid')(dense)

    # Build and compile the model
    model = Model([user_input, item_input], output)
    model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
    return model

if __name__ == "__main__":
    # Build and summarize the model
    model = build_ncf_model(num_users=20, num_items=15, latent_dim=4)
    model.summary()

    target = tf.get_default_graph().get_tensor_by_name(model.output.op.name.split("/")[0] + "_target:0")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        feed = {model.inputs[0]: np.array([[1], [3]]), model.inputs[1]: np.array([[2], [4]]),
                target: np.array([[1.0], [0.0]])}
        print(sess.run(model.total_loss, feed) > 0, target.name)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
