# numpy's own errors, with numpy's words; their args are text.
import numpy as np
a = np.zeros((2, 3))
try:
    a + np.ones((4,))
except ValueError as e:
    print("ValueError", e)
try:
    a.reshape(4)
except ValueError as e:
    print("ValueError", e)
print(np.zeros((2, 3)).dtype, np.array([1, 2]).dtype, np.array([1.0]).dtype, np.array([True]).dtype)
