# The rest of the runtime: the model's context (dtype, device, mode, generator, state updates,
# step counts), the initialisers, and the base classes of the exported layers and model,
# with the model's safetensors loading and saving.


class Kiln(Builtins):
    """Kiln's built-in functions, shared by a model and its layers (`kiln = self.kiln`). It
    knows the model's float dtype and device, its mode (`training`) and its generator."""

    def __init__(self, model, seed):
        self.model = model
        self.seed = seed
        self.generators = {}
        # The states a train step has updated so far: (module, attribute) -> the tensor the
        # state held when the step began. Each update rebinds the attribute to its new value
        # at once, so later reads in the same step see it, as Kiln's do.
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

    # ---- what train steps, `update` and `grad` need ----
    def track(self, x):
        """A tensor some `grad(y, x)` differentiates by: autograd must see it from here on."""
        if isinstance(x, torch.Tensor) and x.is_floating_point() and not x.requires_grad:
            return x.detach().requires_grad_()
        return x

    def update(self, module, name, value):
        """`update NAME = EXPR`: the state's new value from here on in this train step. The
        attribute is rebound, not written in place, so autograd's saved copies of the old
        value stay valid; end_step writes the step's last value into the original tensor."""
        key = (id(module), name)
        if key not in self.pending:
            self.pending[key] = (module, getattr(module, name))
        setattr(module, name, self.t(value).detach())

    def begin_step(self):
        self.restore(keep=())

    def restore(self, keep):
        """Puts each updated state's original tensor back, holding the step's last value if
        the step applies that state's updates (`keep`) and its old value otherwise."""
        with torch.no_grad():
            for (_, name), (module, original) in self.pending.items():
                current = getattr(module, name)
                if (module, name) in keep and current is not original:
                    original.copy_(current)
                setattr(module, name, original)
        self.pending.clear()

    def end_step(self, step, updates):
        """After the optimizer: keeps the state updates this step applies (Kiln applies those
        of the calls the step's loss needs, each in program order), undoes the others, and
        counts the step."""
        keep = set()
        for name in updates:
            path = self.model.ATTRS.get(name, name)
            owner, _, attr = path.rpartition(".")
            keep.add((self.model.get_submodule(owner), attr))
        self.restore(keep)
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


class KilnAttention(nn.Module):
    """nn.MultiheadAttention called as Kiln's MultiHeadAttention is: (q, k=q, v=k), the
    causal mask sized for the call, the output alone."""

    def __init__(self, attn, causal):
        super().__init__()
        self.attn = attn
        self.causal = causal

    def forward(self, q, k=None, v=None):
        k = q if k is None else k
        v = k if v is None else v
        mask = None
        if self.causal:
            # True where a query may not look: above the diagonal (Kiln keeps tril).
            mask = torch.ones(q.shape[1], k.shape[1], dtype=torch.bool, device=q.device).triu(1)
        return self.attn(q, k, v, attn_mask=mask, need_weights=False)[0]


class KilnBidirectional(KilnRecurrent):
    """A bidirectional nn.RNN, nn.LSTM or nn.GRU returning what Kiln's Bidirectional does:
    [N, T, 2 * units] with sequences, or the last forward state beside the backward one's at
    step 0."""

    def forward(self, x):
        out = self.rnn(x)[0]
        if self.sequences:
            return out
        units = out.shape[-1] // 2
        return torch.cat([out[:, -1, :units], out[:, 0, units:]], dim=-1)


class KilnModel(KilnModule):
    """A Kiln model: its params and state (Kiln's names in PARAMS and STATE, attribute paths
    in ATTRS where they differ), one torch.optim optimizer per train step (STEPS: the state
    it keeps per param, named as torch.optim and Kiln both name it, and the params it trains),
    and Kiln's safetensors files."""
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
        this model's float dtype (but for Kiln's generator state, which PyTorch does not
        have); returns the bytes and writes them to `path` if given."""
        dtype = {torch.float32: "F32", torch.float64: "F64"}[self.kiln.dtype]
        entries = [(name, dtype, self.kiln_tensor(name)) for name in self.PARAMS + self.STATE]
        for step, (slots, names) in self.STEPS.items():
            state = self.optimizers[step].state if names else {}
            for name in names:
                p = self.kiln_tensor(name)
                for slot in slots:
                    v = state.get(p, {}).get(slot)
                    entries.append((f"optim/{step}/{name}/{slot}", dtype,
                                    torch.zeros_like(p) if v is None else v))
        for step, count in self.kiln.step_counts.items():
            entries.append((f"optim/{step}/t", "F64", torch.tensor(float(count))))
        data = write_safetensors(entries, {"format": "kiln", "model": self.MODEL})
        if path is not None:
            with open(path, "wb") as f:
                f.write(data)
        return data

    def load_safetensors(self, source):
        """Loads what a Kiln module's save() wrote (a path or the bytes): every param and
        state tensor, and the optimizer slots and step counts it holds (Kiln's generator
        state, `rng/state`, is accepted and left: PyTorch draws from its own). Float tensors
        are converted to this model's dtype. Checks everything first: a file that does not
        fit changes nothing."""
        found = read_safetensors(source)
        known = {name: self.kiln_tensor(name) for name in self.PARAMS + self.STATE}
        slots = {f"optim/{step}/{name}/{slot}": self.kiln_tensor(name)
                 for step, (kinds, names) in self.STEPS.items()
                 for name in names for slot in kinds}
        counters = {f"optim/{step}/t": step for step in self.STEPS}
        problems = []
        for name, t in found.items():
            if name == "rng/state":
                continue
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
        for step, (kinds, names) in self.STEPS.items():
            count = found.get(f"optim/{step}/t")
            if count is not None:
                self.kiln.step_counts[step] = int(count.item())
            if names and kinds:
                self.load_slots(step, kinds, names, found)

    def load_slots(self, step, kinds, names, found):
        """torch.optim state from Kiln's slots; a step never taken has none (torch's SGD
        starts its momentum buffer from the first gradient, as Kiln does at t = 1)."""
        opt, t = self.optimizers[step], self.kiln.step_counts[step]
        for name in names:
            p = self.kiln_tensor(name)
            given = {slot: found.get(f"optim/{step}/{name}/{slot}") for slot in kinds}
            if any(v is None for v in given.values()):
                continue
            if t == 0:
                opt.state.pop(p, None)
                continue
            state = {slot: v.to(p.dtype).to(p.device).clone() for slot, v in given.items()}
            if not isinstance(opt, torch.optim.SGD):
                state["step"] = torch.tensor(float(t))  # Adam, AdamW, RMSprop count per param
            opt.state[p] = state

def with_weights(layer, module, weight):
    """module (a prelude layer's to_torch) with weight = `weight` and bias = layer.b, then the
    layer's act."""
    with torch.no_grad():
        module.weight.copy_(weight)
        module.bias.copy_(layer.b)
    act = layer.act if layer.act is not None else layer.kiln.identity
    return module if act == layer.kiln.identity else nn.Sequential(module, KilnFunction(act))


def conv(kind, layer):
    """Conv1D or Conv2D as nn.Conv1d or nn.Conv2d(C, filters, kernel, stride, padding) with
    weight = W and bias = b, then act. "same" padding at a stride above 1 depends on the
    input's size: not supported."""
    pad = 0 if layer.padding == "valid" else layer.padding
    if pad == "same" and layer.stride != 1:
        raise NotImplementedError(f"nn.{kind.__name__} takes padding='same' only at stride 1")
    module = kind(layer.W.shape[1], layer.W.shape[0], layer.kernel, layer.stride, pad,
                  dtype=layer.W.dtype, device=layer.W.device)
    return with_weights(layer, module, layer.W)


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


def bidirectional(kind, ahead, behind):
    """Bidirectional(SimpleRNN | LSTM | GRU) as one bidirectional nn.RNN, nn.LSTM or nn.GRU."""
    rnn = kind(ahead.Wx.shape[0], ahead.units, batch_first=True, bidirectional=True,
               dtype=ahead.Wx.dtype, device=ahead.Wx.device)
    with torch.no_grad():
        for suffix, layer in (("", ahead), ("_reverse", behind)):
            getattr(rnn, "weight_ih_l0" + suffix).copy_(layer.Wx.t())
            getattr(rnn, "weight_hh_l0" + suffix).copy_(layer.Wh.t())
            getattr(rnn, "bias_ih_l0" + suffix).copy_(layer.b)
            bh = getattr(layer, "bh", None) if kind is nn.GRU else None
            getattr(rnn, "bias_hh_l0" + suffix).copy_(
                torch.zeros_like(layer.b) if bh is None else bh)
    return KilnBidirectional(rnn, ahead.sequences)
