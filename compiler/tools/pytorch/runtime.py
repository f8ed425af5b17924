# Kiln's runtime for models exported to PyTorch (`kiln export --pytorch`): the language's
# built-in functions with Kiln's semantics, its initialisers, the train steps' bookkeeping
# and Kiln's safetensors files (read and written with torch, json and struct alone). The
# model's own classes follow this part. Random draws come from a torch.Generator seeded
# with the model's seed: the same seed gives the same stream here, but not Kiln's stream.
import json
import math
import operator
import struct
import sys
from functools import partial

import torch
import torch.nn.functional as F
from torch import nn


class Kiln:
    """Kiln's built-in functions, shared by a model and its layers (`kiln = self.kiln`). It
    knows the model's float dtype and device, its mode (`training`) and its generator."""

    def __init__(self, model, seed):
        self.model = model
        self.seed = seed
        self.generators = {}
        # State updates computed in training mode, applied by the train step that asked.
        self.pending = {}
        self.step_counts = {}

    def __getstate__(self):
        # A torch.Generator cannot be pickled or deep-copied; its state can.
        state = dict(self.__dict__)
        state["generators"] = {d: g.get_state() for d, g in self.generators.items()}
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        saved, self.generators = self.generators, {}
        for device, s in saved.items():
            self.generator(device).set_state(s)

    @property
    def dtype(self):
        return self.model.kiln_anchor.dtype

    @property
    def device(self):
        return self.model.kiln_anchor.device

    @property
    def training(self):
        return self.model.training

    def generator(self, device):
        g = self.generators.get(str(device))
        if g is None:
            g = torch.Generator(device=device)
            g.manual_seed(self.seed)
            self.generators[str(device)] = g
        return g

    def draw_uniform(self, shape):
        """Uniform draws in [0, 1); the oracle tests replace this and draw_normal."""
        return torch.rand(shape, generator=self.generator(self.device), dtype=self.dtype,
                          device=self.device)

    def draw_normal(self, shape):
        return torch.randn(shape, generator=self.generator(self.device), dtype=self.dtype,
                           device=self.device)

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

    def track(self, x):
        """A tensor some `grad(y, x)` differentiates by: autograd must see it from here on."""
        if isinstance(x, torch.Tensor) and x.is_floating_point() and not x.requires_grad:
            return x.detach().requires_grad_()
        return x

    def update(self, module, name, value):
        """`update NAME = EXPR`: the new value, applied at the end of a train step."""
        self.pending[(id(module), name)] = self.t(value).detach()

    def begin_step(self):
        self.pending.clear()

    def end_step(self, step, updates):
        """After the optimizer: the state updates this step applies (Kiln applies those whose
        computation the step's loss shares), and the step count."""
        with torch.no_grad():
            for name in updates:
                path = self.model.ATTRS.get(name, name)
                owner, _, attr = path.rpartition(".")
                module = self.model.get_submodule(owner)
                value = self.pending.get((id(module), attr))
                if value is not None:
                    getattr(module, attr).copy_(value)
        self.pending.clear()
        self.step_counts[step] += 1

    # ---- initialisers: torch.nn.init's formulas with Kiln's fans ----
    def param(self, shape, init, *args):
        return nn.Parameter(self.initial(shape, init, args))

    def state(self, shape, init, *args):
        return self.initial(shape, init, args)

    def initial(self, shape, init, args):
        """Kiln's [fan_in, fan_out]: [in, out] for rank 2 (Dense W is Linear.weight
        transposed), PyTorch's [out, in, kh, kw, ...] for rank 3 and more."""
        t = torch.empty(shape, dtype=self.dtype, device=self.device)
        g = self.generator(self.device)
        n = t.numel()
        if len(shape) < 2:
            fan_in = fan_out = shape[0] if shape else 1
        else:
            field = math.prod(shape[2:])
            fan_in, fan_out = (shape[0], shape[1]) if len(shape) == 2 else (
                shape[1] * field, shape[0] * field)
        with torch.no_grad():
            if n == 0 or init == "zeros":
                return t.zero_()
            if init in ("ones", "constant"):
                return t.fill_(1.0 if init == "ones" else args[0])
            if init == "normal":
                return t.normal_(0.0, args[0], generator=g)
            if init == "uniform":
                return t.uniform_(args[0], args[1], generator=g)
            if init == "glorot_uniform":
                bound = math.sqrt(6 / (fan_in + fan_out))
                return t.uniform_(-bound, bound, generator=g)
            if init == "glorot_normal":
                return t.normal_(0.0, math.sqrt(2 / (fan_in + fan_out)), generator=g)
            if init == "he_uniform":
                bound = math.sqrt(6 / fan_in)
                return t.uniform_(-bound, bound, generator=g)
            if init == "he_normal":
                return t.normal_(0.0, math.sqrt(2 / fan_in), generator=g)
            if init == "orthogonal":
                # torch.nn.init.orthogonal_, drawn from the model's generator.
                rows = shape[0]
                flat = torch.randn(rows, n // rows, generator=g, dtype=self.dtype,
                                   device=self.device)
                if rows < n // rows:
                    flat = flat.t()
                q, r = torch.linalg.qr(flat)
                q = q * torch.diagonal(r).sign()
                if rows < n // rows:
                    q = q.t()
                return t.copy_(q.reshape(shape) * (args[0] if args else 1.0))
        raise ValueError(f"unknown initialiser {init!r}")

    # ---- built-in functions: one method each, named and called as in Kiln ----
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


class KilnModule(nn.Module):
    """A Kiln layer instance. Its hyperparameters are attributes; its params, state and
    nested instances are made by the model, in the shapes Kiln elaborated."""


class KilnFunction(nn.Module):
    """A Kiln function (an activation) as a module, for a layer's to_torch()."""

    def __init__(self, f):
        super().__init__()
        self.f = f

    def forward(self, x):
        return self.f(x)


class KilnRecurrent(nn.Module):
    """nn.RNN, nn.LSTM or nn.GRU returning what Kiln's recurrent layers return: the last
    hidden state [N, units], or every step's [N, T, units] with sequences=True."""

    def __init__(self, rnn, sequences):
        super().__init__()
        self.rnn = rnn
        self.sequences = sequences

    def forward(self, x):
        out = self.rnn(x)[0]
        return out if self.sequences else out[:, -1]


# Kiln's optimizer slots and the torch.optim state that holds each.
SLOTS = {
    "sgd": [],
    "momentum": [("buf", "momentum_buffer")],
    "rmsprop": [("sq", "square_avg")],
    "adam": [("m", "exp_avg"), ("v", "exp_avg_sq")],
    "adamw": [("m", "exp_avg"), ("v", "exp_avg_sq")],
}
SAFETENSORS_DTYPES = {"F32": torch.float32, "F64": torch.float64, "I32": torch.int32}


class KilnModel(KilnModule):
    """A Kiln model: its params and state (Kiln's names in PARAMS and STATE, attribute paths
    in ATTRS where they differ), one torch.optim optimizer per train step (STEPS: Kiln's
    optimizer and the params it trains), and Kiln's safetensors files."""
    MODEL = ""
    PARAMS = []
    STATE = []
    ATTRS = {}
    STEPS = {}

    def __init__(self, seed, dtype, device):
        super().__init__()
        # Where the model's float dtype and device live: .to() and .double() move it too.
        self.register_buffer("kiln_anchor", torch.zeros(0, dtype=dtype, device=device),
                             persistent=False)
        self.kiln = Kiln(self, seed)

    def kiln_ready(self):
        for module in self.modules():
            module.kiln = self.kiln
        self.kiln.step_counts = {step: 0 for step in self.STEPS}
        self.optimizers = self.make_optimizers()

    def make_optimizers(self):
        return {}

    def outputs(self):
        return {}

    def predict(self, *inputs, **named):
        """Kiln's predict: the outputs in eval mode (the model's mode is restored after)."""
        was = self.training
        self.eval()
        try:
            return self.outputs(*inputs, **named)
        finally:
            self.train(was)

    def kiln_tensor(self, name):
        """A param or state tensor by its Kiln name."""
        owner, _, attr = self.ATTRS.get(name, name).rpartition(".")
        return getattr(self.get_submodule(owner), attr)

    def save_safetensors(self, path=None):
        """Params, state, optimizer slots and step counts as Kiln's save() writes them, in
        this model's float dtype; returns the bytes and writes them to `path` if given."""
        dtype = {torch.float32: "F32", torch.float64: "F64"}[self.kiln.dtype]
        entries = [(name, dtype, self.kiln_tensor(name)) for name in self.PARAMS + self.STATE]
        for step, (kind, names) in self.STEPS.items():
            state = self.optimizers[step].state if names else {}
            for name in names:
                p = self.kiln_tensor(name)
                for slot, key in SLOTS[kind]:
                    v = state.get(p, {}).get(key)
                    entries.append((f"optim.{step}.{name}.{slot}", dtype,
                                    torch.zeros_like(p) if v is None else v))
        for step, count in self.kiln.step_counts.items():
            entries.append((f"optim.{step}.t", "F64", torch.tensor(float(count))))
        data = write_safetensors(entries, {"format": "kiln", "model": self.MODEL})
        if path is not None:
            with open(path, "wb") as f:
                f.write(data)
        return data

    def load_safetensors(self, source):
        """Loads what a Kiln module's save() wrote (a path or the bytes): every param and
        state tensor, and the optimizer slots and step counts it holds. Float tensors are
        converted to this model's dtype. Checks everything first: a file that does not fit
        changes nothing."""
        found = read_safetensors(source)
        known = {name: self.kiln_tensor(name) for name in self.PARAMS + self.STATE}
        slots = {f"optim.{step}.{name}.{slot}": self.kiln_tensor(name)
                 for step, (kind, names) in self.STEPS.items()
                 for name in names for slot, _ in SLOTS[kind]}
        counters = {f"optim.{step}.t": step for step in self.STEPS}
        problems = []
        for name, t in found.items():
            if name in counters:
                if t.dtype != torch.float64 or t.dim() != 0:
                    problems.append(f"'{name}' must be a F64 scalar")
                continue
            want = known.get(name, slots.get(name))
            if want is None:
                problems.append(f"unknown tensor '{name}'")
            elif not t.is_floating_point():
                problems.append(f"'{name}' has dtype {t.dtype} but the model needs floats")
            elif list(t.shape) != list(want.shape):
                problems.append(f"'{name}' has shape {list(t.shape)} but the model needs "
                                f"{list(want.shape)}")
        problems += [f"missing '{name}'" for name in known if name not in found]
        if problems:
            raise ValueError("load_safetensors: the weights do not fit this model (nothing "
                             "was changed):\n  " + "\n  ".join(problems))
        with torch.no_grad():
            for name, t in known.items():
                t.copy_(found[name])
        for step, (kind, names) in self.STEPS.items():
            count = found.get(f"optim.{step}.t")
            if count is not None:
                self.kiln.step_counts[step] = int(count.item())
            self.load_slots(step, kind, names, found)

    def load_slots(self, step, kind, names, found):
        """torch.optim state from Kiln's slots; a step never taken has none (torch's SGD
        starts its momentum buffer from the first gradient, as Kiln does at t = 1)."""
        if not names or not SLOTS[kind]:
            return
        opt, t = self.optimizers[step], self.kiln.step_counts[step]
        for name in names:
            p = self.kiln_tensor(name)
            given = {key: found.get(f"optim.{step}.{name}.{slot}") for slot, key in SLOTS[kind]}
            if any(v is None for v in given.values()):
                continue
            if t == 0:
                opt.state.pop(p, None)
                continue
            state = {key: v.to(p.dtype).to(p.device).clone() for key, v in given.items()}
            if kind != "momentum" and kind != "sgd":
                state["step"] = torch.tensor(float(t))
            opt.state[p] = state


def read_safetensors(source):
    """The tensors of a safetensors file (a path or bytes), by name, checked as Kiln checks
    them: an 8-byte little-endian header length, a JSON header, packed little-endian data."""
    if sys.byteorder != "little":
        raise ValueError("safetensors: only little-endian hosts are supported")
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        with open(source, "rb") as f:
            data = f.read()
    if len(data) < 8:
        raise ValueError(f"safetensors: file is {len(data)} bytes, too short for a header")
    (size,) = struct.unpack("<Q", data[:8])
    if size > 100_000_000 or 8 + size > len(data):
        raise ValueError(f"safetensors: header length {size} does not fit the file")
    header = json.loads(data[8:8 + size].decode("utf-8"))
    if not isinstance(header, dict):
        raise ValueError("safetensors: the header is not a JSON object")
    body = data[8 + size:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = SAFETENSORS_DTYPES.get(info.get("dtype"))
        if dtype is None:
            raise ValueError(f"safetensors: tensor '{name}' has unsupported dtype "
                             f"{info.get('dtype')!r}")
        shape, (begin, end) = info["shape"], info["data_offsets"]
        count = math.prod(shape)
        itemsize = torch.empty(0, dtype=dtype).element_size()
        if end - begin != count * itemsize or not 0 <= begin <= end <= len(body):
            raise ValueError(f"safetensors: tensor '{name}' has data_offsets {[begin, end]} "
                             f"that do not hold its shape {shape}")
        flat = (torch.frombuffer(bytearray(body[begin:end]), dtype=dtype) if count
                else torch.empty(0, dtype=dtype))
        tensors[name] = flat.reshape(shape)
    return tensors


def write_safetensors(entries, metadata=None):
    """(name, dtype, tensor) entries in order as a safetensors file's bytes."""
    header = {"__metadata__": metadata} if metadata else {}
    chunks, offset = [], 0
    for name, dtype, tensor in entries:
        t = tensor.detach().to("cpu", SAFETENSORS_DTYPES[dtype]).contiguous()
        raw = tensor_bytes(t)
        header[name] = {"dtype": dtype, "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + b"".join(chunks)


def tensor_bytes(t):
    try:
        return t.numpy().tobytes()
    except (ImportError, RuntimeError):
        # torch without numpy: through a byte view of the same memory (slower).
        return bytes(t.reshape(-1).view(torch.uint8).tolist())


def recurrent(kind, layer, bias_hh=None):
    """A recurrent layer as nn.RNN, nn.LSTM or nn.GRU (a prelude layer's to_torch)."""
    rnn = kind(layer.Wx.shape[0], layer.units, batch_first=True, dtype=layer.Wx.dtype,
               device=layer.Wx.device)
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(layer.Wx.t())
        rnn.weight_hh_l0.copy_(layer.Wh.t())
        rnn.bias_ih_l0.copy_(layer.b)
        rnn.bias_hh_l0.copy_(torch.zeros_like(layer.b) if bias_hh is None else bias_hh)
    return KilnRecurrent(rnn, layer.sequences)
