# numpy facade values print as numpy prints them.
import numpy as np
np.random.seed(1)
a = np.array([[1.5, 2.0], [3.0, 4.5]], dtype=np.float32)
print(a, a.shape, a.dtype, a.ndim, a.size, a.T)
print(np.zeros((2, 2)), np.ones(3, dtype=np.int32), np.full((2,), 7.0), np.eye(2))
print(np.arange(5), np.linspace(0, 1, 5), np.sqrt(np.array([4.0, 9.0])), np.exp(0.0), np.log(np.e))
print(a.sum(), a.mean(axis=0), np.max(a), a.reshape(4), a[0, 1], a[:, 0], a * 2 + 1)
print(np.random.randint(0, 10, size=5), np.random.uniform(size=2), np.random.randn(2))
print(np.concatenate([a, a], axis=0).shape, np.stack([a, a]).shape, np.float32(1.5), np.inf, np.newaxis)
print(np.transpose(np.zeros((1, 2, 3)), (2, 0, 1)).shape, np.isscalar(3), np.isscalar([3]))
