# Kiln's built-in functions over torch tensors, with Kiln's semantics: the first part of the
# runtime every module exported by `kiln export --pytorch` starts with (runtime.ts joins
# builtins.py, runtime.py and safetensors.py). Each built-in is one method of Builtins, named
# and called as in Kiln: this is the export's table, keyed by the built-in's name.
import json
import math
import operator
import struct
import sys

import torch
import torch.nn.functional as F
from torch import nn


class Builtins:
    """The built-in functions; Kiln, below, gives them the model's dtype, device, mode and
    random generator."""

    # ---- what the built-ins share ----
    def t(self, x):
        """A number or boolean as a scalar tensor, as Kiln's operations take them."""
        if isinstance(x, torch.Tensor):
            return x
        return torch.tensor(float(x), dtype=self.dtype, device=self.device)

    def int(self, x):
        """A dim or index: Kiln takes any number with an integer value (6 / 2 is 3)."""
        if isinstance(x, bool) or not float(x).is_integer():
            raise TypeError(f"expected an integer but got {x!r}")
        return int(x)

    def ints(self, xs):
        return [self.int(x) for x in (xs if isinstance(xs, (list, tuple)) else [xs])]

    def pair(self, x):
        v = self.ints(x)
        return (v[0], v[0]) if len(v) == 1 else (v[0], v[1])

    def axes(self, x, axis):
        """Kiln's `axis =`: an int or a list (negatives count from the end); all by default."""
        if axis is None or axis == "all":
            return list(range(x.dim()))
        return sorted({a + x.dim() if a < 0 else a for a in self.ints(axis)})

    def float_dtype(self, *xs):
        for x in xs:
            if isinstance(x, torch.Tensor) and x.is_floating_point():
                return x.dtype
        return self.dtype

    def compare(self, op, a, b):
        """Comparisons: booleans of numbers, or float 0/1 masks of tensors (no gradient)."""
        if not isinstance(a, torch.Tensor) and not isinstance(b, torch.Tensor):
            return op(a, b)
        return op(a, b).to(self.float_dtype(a, b))

    def div(self, a, b):
        """`a / b` on numbers as Kiln computes it: IEEE division (1 / 0 is inf), an integer
        when it comes out whole (a dim)."""
        if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
            return a / b
        if b == 0:
            return math.nan if a == 0 or a != a else math.copysign(math.inf, a) * (
                1 if math.copysign(1, b) > 0 else -1)
        return self.whole(a / b)

    def pow(self, a, b):
        if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
            return a ** b
        try:
            r = float(a) ** float(b)
        except OverflowError:
            return math.inf
        except ZeroDivisionError:
            return math.inf
        return math.nan if isinstance(r, complex) else self.whole(r)

    @staticmethod
    def whole(r):
        return int(r) if isinstance(r, float) and r.is_integer() and abs(r) < 2 ** 53 else r

    def lt(self, a, b):
        return self.compare(operator.lt, a, b)

    def le(self, a, b):
        return self.compare(operator.le, a, b)

    def gt(self, a, b):
        return self.compare(operator.gt, a, b)

    def ge(self, a, b):
        return self.compare(operator.ge, a, b)

    def eq(self, a, b):
        return self.compare(operator.eq, a, b)

    def ne(self, a, b):
        return self.compare(operator.ne, a, b)

    def as_tensor(self, x):
        return self.t(x)

    # ---- built-in functions: one method each, named and called as in Kiln ----
    def arg_extremum(self, f, x, axis, keepdims):
        x = self.t(x)
        if axis is None:
            r = f(x.flatten())
            return r.reshape([1] * x.dim()) if keepdims else r
        return f(x, dim=self.int(axis), keepdim=bool(keepdims))

    def triangle(self, x, k, f):
        """Values outside the triangle set to 0 by where, not a product (infinities stay out)."""
        x = self.t(x)
        keep = f(torch.ones(x.shape[-2:], dtype=torch.bool, device=x.device), self.int(k))
        return torch.where(keep, x, torch.zeros_like(x))

    # kiln:builtins
    def identity(self, x):
        return x

    def exp(self, x):
        return torch.exp(self.t(x))

    def log(self, x):
        return torch.log(self.t(x))

    def sqrt(self, x):
        return torch.sqrt(self.t(x))

    def abs(self, x):
        return torch.abs(self.t(x))

    def sign(self, x):
        return torch.sign(self.t(x))

    def square(self, x):
        x = self.t(x)
        return x * x

    def relu(self, x):
        return torch.relu(self.t(x))

    def sigmoid(self, x):
        return torch.sigmoid(self.t(x))

    def tanh(self, x):
        return torch.tanh(self.t(x))

    def softplus(self, x):
        """x + log1p(e^-x) above 0, log1p(e^x) below, as Kiln (F.softplus returns x above
        20); the clamps keep the branch not taken finite, so no NaN reaches the gradient."""
        x = self.t(x)
        pos, neg = x.clamp(min=0), x.clamp(max=0)
        return torch.where(x > 0, pos + torch.log1p(torch.exp(-pos)), torch.log1p(torch.exp(neg)))

    def gelu(self, x):
        x = self.t(x)
        return x * 0.5 * (torch.erf(x * math.sqrt(0.5)) + 1)

    def leaky_relu(self, x, alpha=0.01):
        return F.leaky_relu(self.t(x), alpha)

    def elu(self, x, alpha=1):
        """alpha * expm1(x) below 0 (F.elu computes exp(x) - 1, inexact near 0)."""
        x = self.t(x)
        return torch.where(x > 0, x, alpha * torch.expm1(x.clamp(max=0)))

    def float(self, x):
        x = self.t(x)
        return x if x.is_floating_point() else x.to(self.dtype)

    def stop_gradient(self, x):
        return self.t(x).detach()

    def maximum(self, a, b):
        """A tie gives its gradient to `a` (torch.maximum splits it)."""
        a, b = self.t(a), self.t(b)
        return torch.where(a >= b, a, b)

    def minimum(self, a, b):
        a, b = self.t(a), self.t(b)
        return torch.where(a <= b, a, b)

    def clip(self, x, lo, hi):
        return self.minimum(self.maximum(x, lo), hi)

    def where(self, mask, a, b):
        return torch.where(self.t(mask) != 0, self.t(a), self.t(b))

    def sum(self, x, axis=None, keepdims=False):
        x = self.t(x)
        axes = self.axes(x, axis)
        return x.sum(dim=axes, keepdim=keepdims) if axes else x

    def mean(self, x, axis=None, keepdims=False):
        x = self.t(x)
        axes = self.axes(x, axis)
        return self.sum(x, axes, keepdims) / math.prod(x.shape[a] for a in axes)

    def max(self, x, axis=None, keepdims=False):
        """Ties share the gradient equally (torch.amax; torch.max's gradient picks one)."""
        x = self.t(x)
        axes = self.axes(x, axis)
        return torch.amax(x, dim=axes, keepdim=keepdims) if axes else x

    def min(self, x, axis=None, keepdims=False):
        x = self.t(x)
        axes = self.axes(x, axis)
        return torch.amin(x, dim=axes, keepdim=keepdims) if axes else x

    def logsumexp(self, x, axis=None, keepdims=False):
        x = self.t(x)
        axes = self.axes(x, axis)
        m = self.max(x, axes, True).detach()
        r = torch.log(self.sum(torch.exp(x - m), axes, True)) + m
        return r if keepdims else r.reshape([d for i, d in enumerate(x.shape) if i not in axes])

    def variance(self, x, axis=None, keepdims=False):
        x = self.t(x)
        axes = self.axes(x, axis)
        d = x - self.mean(x, axes, True)
        return self.mean(d * d, axes, keepdims)

    def softmax(self, x, axis=-1):
        return F.softmax(self.t(x), dim=self.int(axis))

    def log_softmax(self, x, axis=-1):
        return F.log_softmax(self.t(x), dim=self.int(axis))

    def reshape(self, x, shape):
        return self.t(x).reshape(self.ints(shape))

    def transpose(self, x, perm=None):
        x = self.t(x)
        return x.permute(*(self.ints(perm) if perm is not None else range(x.dim() - 1, -1, -1)))

    def flatten(self, x):
        x = self.t(x)
        return x.reshape(x.shape[0], math.prod(x.shape[1:]))

    def concat(self, tensors, axis=0):
        return torch.cat([self.t(t) for t in tensors], dim=self.int(axis))

    def stack(self, tensors, axis=0):
        return torch.stack([self.t(t) for t in tensors], dim=self.int(axis))

    def shape(self, x):
        return list(self.t(x).shape)

    def one_hot(self, ids, n):
        """Ids outside 0..n-1 give a zero row (F.one_hot raises)."""
        ids = self.t(ids)
        classes = torch.arange(self.int(n), device=ids.device)
        return (ids.unsqueeze(-1) == classes).to(self.dtype)

    def conv2d(self, x, w, stride=1, padding=0, bias=None):
        """Kiln's padding: an int, [ph, pw], "valid", or "same" at any stride (the odd pixel
        below and right), as F.pad then F.conv2d."""
        x, w = self.t(x), self.t(w)
        stride = self.pair(stride)
        if padding == "valid":
            padding = 0
        if padding == "same":
            total = [max((math.ceil(x.shape[2 + d] / stride[d]) - 1) * stride[d] + w.shape[2 + d]
                         - x.shape[2 + d], 0) for d in (0, 1)]
            top, left = total[0] // 2, total[1] // 2
            if total[0] % 2 or total[1] % 2:
                x = F.pad(x, (left, total[1] - left, top, total[0] - top))
                padding = 0
            else:
                padding = (top, left)
        return F.conv2d(x, w, None if bias is None else self.t(bias), stride, self.pair(padding))

    def conv1d(self, x, w, stride=1, padding=0, bias=None):
        """As Kiln computes it: conv2d over images one row high."""
        x, w = self.t(x), self.t(w)
        padding = padding if isinstance(padding, str) else [0, self.int(padding)]
        return self.conv2d(x.unsqueeze(2), w.unsqueeze(2), [1, self.int(stride)], padding,
                           bias).squeeze(2)

    def conv2d_transpose(self, x, w, stride=1, padding=0, output_padding=0, bias=None):
        return F.conv_transpose2d(self.t(x), self.t(w), None if bias is None else self.t(bias),
                                  self.pair(stride), self.pair(padding), self.pair(output_padding))

    def upsample2d(self, x, scale=2, mode="nearest"):
        extra = {"align_corners": False} if mode == "bilinear" else {}
        return F.interpolate(self.t(x), scale_factor=[float(v) for v in self.pair(scale)],
                             mode=mode, **extra)

    def argmax(self, x, axis=None, keepdims=False):
        """The first extremum's position, NaN counting as one, as torch.argmax gives it."""
        return self.arg_extremum(torch.argmax, x, axis, keepdims)

    def argmin(self, x, axis=None, keepdims=False):
        return self.arg_extremum(torch.argmin, x, axis, keepdims)

    def arange(self, start, stop=None, step=1):
        """Python's range: integers give ints, anything else the model's float dtype."""
        if stop is None:
            start, stop = 0, start
        if all(float(v).is_integer() for v in (start, stop, step)):
            return torch.arange(int(start), int(stop), int(step), device=self.device)
        return torch.arange(start, stop, step, dtype=self.dtype, device=self.device)

    def tril(self, x, k=0):
        return self.triangle(x, k, torch.tril)

    def triu(self, x, k=0):
        return self.triangle(x, k, torch.triu)

    def reverse_sequence(self, x, lengths=None):
        """Each sample's first lengths[n] steps (clamped to 0..T) reversed, the rest in place."""
        x = self.t(x)
        n, steps = x.shape[0], x.shape[1]
        t = torch.arange(steps, device=x.device).unsqueeze(0)
        if lengths is None:
            length = torch.full((n, 1), steps, device=x.device)
        else:
            length = self.t(lengths).long().clamp(0, steps).unsqueeze(1)
        source = torch.where(t < length, length - 1 - t, t)
        index = source.reshape(n, steps, *([1] * (x.dim() - 2))).expand(x.shape)
        return torch.gather(x, 1, index)

    def max_pool2d(self, x, size, stride=None):
        """A tie's gradient goes to its first maximum, as in Kiln (and torch on the CPU)."""
        size = self.pair(size)
        return F.max_pool2d(self.t(x), size, size if stride is None else self.pair(stride))

    def avg_pool2d(self, x, size, stride=None):
        size = self.pair(size)
        return F.avg_pool2d(self.t(x), size, size if stride is None else self.pair(stride))

    def embedding(self, table, ids):
        """Rows of `table`; ids out of range give zero rows (F.embedding raises)."""
        table, ids = self.t(table), self.t(ids).long()
        inside = (ids >= 0) & (ids < table.shape[0])
        rows = table[ids.clamp(0, table.shape[0] - 1)]
        return torch.where(inside.unsqueeze(-1), rows, torch.zeros_like(rows))

    def zeros(self, dims):
        return self.full(dims, 0.0)

    def ones(self, dims):
        return self.full(dims, 1.0)

    def full(self, dims, value):
        return torch.full(self.ints(dims), float(value), dtype=self.dtype, device=self.device)

    def normal(self, dims, mean=0, std=1):
        z = self.draw_normal(self.ints(dims))
        z = z if std == 1 else z * std
        return z if mean == 0 else z + mean

    def uniform(self, dims, lo=0, hi=1):
        u = self.draw_uniform(self.ints(dims))
        u = u if hi - lo == 1 else u * (hi - lo)
        return u if lo == 0 else u + lo

    def dropout(self, x, rate):
        """Inverted dropout in training mode, the identity in eval mode."""
        x = self.t(x)
        if not self.training or rate == 0:
            return x
        keep = (self.draw_uniform(list(x.shape)) >= rate).to(x.dtype)
        return x * (keep * (1 / (1 - rate)))

    def mse(self, pred, target):
        d = self.t(pred) - self.t(target)
        return self.mean(d * d)

    def cross_entropy(self, logits, labels):
        """Class ids (a zero row when out of range) or probabilities; the mean over every
        axis but the last."""
        logits, labels = self.t(logits), self.t(labels)
        target = labels if labels.is_floating_point() else self.one_hot(labels, logits.shape[-1])
        total = self.sum(target * F.log_softmax(logits, dim=-1))
        return -(total / math.prod(logits.shape[:-1]))

    def bce_with_logits(self, logits, targets):
        z = self.t(logits)
        return self.mean(self.softplus(z) - z * self.t(targets))

    def l1(self, *tensors):
        return sum_of(self.sum(self.abs(x)) for x in tensors)

    def l2(self, *tensors):
        return sum_of(self.sum(self.square(x)) for x in tensors)

    def grad(self, y, x):
        """The gradient of scalar y by x, itself differentiable (create_graph)."""
        if not torch.is_grad_enabled():
            raise RuntimeError("grad(...) needs autograd: call this model outside torch.no_grad()")
        y, x = self.t(y), self.t(x)
        if not y.requires_grad or not x.requires_grad:
            return torch.zeros_like(x)
        (g,) = torch.autograd.grad(y, x, create_graph=True, allow_unused=True)
        return torch.zeros_like(x) if g is None else g
    # kiln:end


def sum_of(terms):
    """Terms added left to right, as Kiln's penalties add them."""
    total = None
    for term in terms:
        total = term if total is None else total + term
    return total

