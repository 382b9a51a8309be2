"""Gradient functions by op type (TF's math_grad.py, array_grad.py, nn_grad.py)."""
