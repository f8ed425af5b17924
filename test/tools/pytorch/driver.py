# The PyTorch side of the differential tests (oracle.ts): one process serves a whole test
# file. Each line on stdin is a JSON case naming an exported module, Kiln's initial weights
# and feeds (safetensors), and what to compute; the results go to a safetensors file and a
# JSON line on stdout says it is done (or why not). Random draws replay Kiln's generator
# (runtime/rng.ts) from the states oracle.ts sends, so that dropout and noise draw the same
# numbers as the Kiln module.
import contextlib
import importlib.util
import io
import inspect
import json
import math
import struct
import sys
import traceback

import torch

M32 = 0xFFFFFFFF


class KilnStream:
    """runtime/rng.ts's xoshiro128** and Box-Muller, restored from its saved state words."""

    def __init__(self, words):
        self.st = [w & M32 for w in words[:4]]
        self.has_spare = words[4] != 0
        lo, hi = words[5] & M32, words[6] & M32
        self.spare = struct.unpack("<d", struct.pack("<II", lo, hi))[0]

    def next_u32(self):
        st = self.st
        s0, s1 = st[0], st[1]
        r = (s1 * 5) & M32
        result = ((((r << 7) | (r >> 25)) & M32) * 9) & M32
        s2, s3 = st[2] ^ s0, st[3] ^ s1
        st[1] = s1 ^ s2
        st[0] = s0 ^ s3
        st[2] = s2 ^ ((s1 << 9) & M32)
        st[3] = ((s3 << 11) | (s3 >> 21)) & M32
        return result

    def uniform(self):
        a = self.next_u32() >> 5
        b = self.next_u32() >> 6
        return (a * 67108864 + b) / 9007199254740992

    def normal(self):
        if self.has_spare:
            self.has_spare = False
            return self.spare
        u1 = 1 - self.uniform()
        u2 = self.uniform()
        r = math.sqrt(-2 * math.log(u1))
        theta = 2 * math.pi * u2
        self.spare = r * math.sin(theta)
        self.has_spare = True
        return r * math.cos(theta)

    def tensor(self, draw, shape, kiln):
        n = math.prod(shape)
        values = [draw() for _ in range(n)]
        return torch.tensor(values, dtype=kiln.dtype, device=kiln.device).reshape(shape)


def kiln_tensor(value):
    return value if isinstance(value, torch.Tensor) else torch.tensor(float(value), dtype=torch.float64)


def replay(model, stream):
    k = model.kiln
    k.draw_uniform = lambda shape: stream.tensor(stream.uniform, list(shape), k)
    k.draw_normal = lambda shape: stream.tensor(stream.normal, list(shape), k)


def load_module(path, n):
    spec = importlib.util.spec_from_file_location(f"exported_{n}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(case, n):
    module = load_module(case["module"], n)
    dtype = torch.float32 if case.get("dtype") == "f32" else torch.float64
    model = getattr(module, case["cls"])(seed=0, dtype=dtype)
    model.load_safetensors(case["weights"])
    feeds = {k: v.to(dtype) if v.is_floating_point() else v
             for k, v in module.read_safetensors(case["feeds"]).items()}
    params = inspect.signature(model.forward).parameters.values()
    names = [p.name for p in params if p.kind == p.POSITIONAL_OR_KEYWORD]
    loss_kw = next(p.name for p in params if p.kind == p.KEYWORD_ONLY)
    args = {py: feeds[k] for k, py in zip(case["inputs"], names)}
    out = []
    main = KilnStream(case["stream"])
    replay(model, main)
    if case["predict"]:
        model.eval()
        for name, value in model(**args).items():
            out.append((f"predict.{name}", kiln_tensor(value).detach().clone()))
    for loss, mode, words in case["gradients"]:
        replay(model, KilnStream(words))
        model.train(mode == "train")
        given = {k: (v.clone().requires_grad_() if v.is_floating_point() else v) for k, v in args.items()}
        value = model(**given, **{loss_kw: loss})
        model.kiln.begin_step()
        leaves = [model.kiln_tensor(p) for p in model.PARAMS]
        floats = [(k, py) for k, py in zip(case["inputs"], names) if given[py].is_floating_point()]
        leaves += [given[py] for _, py in floats]
        grads = torch.autograd.grad(value, leaves, allow_unused=True) if value.requires_grad \
            else [None] * len(leaves)
        out.append((f"grad.{loss}.{mode}.value", value.detach().clone()))
        for name, leaf, g in zip(model.PARAMS + [k for k, _ in floats], leaves, grads):
            out.append((f"grad.{loss}.{mode}.{name}", torch.zeros_like(leaf) if g is None else g))
    replay(model, main)
    for step in case["steps"]:
        train = getattr(model, f"train_{step}")
        wanted = inspect.signature(train).parameters
        train(**{k: v for k, v in args.items() if k in wanted})
    if case["steps"]:
        for name, value in module.read_safetensors(model.save_safetensors()).items():
            out.append((f"train.{name}", value))
    entries = [(name, "F64" if v.dtype == torch.float64 else "F32" if v.is_floating_point()
                else "I32", v.detach()) for name, v in out]
    with open(case["out"], "wb") as f:
        f.write(module.write_safetensors(entries))


def to_torch(case, n):
    """Each prelude layer against its to_torch(): the same outputs in eval mode, and for batch
    norms in training mode too, with the running statistics torch updates against the ones
    Kiln's update statements compute."""
    module = load_module(case["module"], n)
    model = getattr(module, case["cls"])(seed=3, dtype=torch.float64)
    g = torch.Generator().manual_seed(5)
    with torch.no_grad():
        for t in list(model.parameters()) + list(model.buffers()):
            if t.is_floating_point() and t.numel():
                t.copy_(torch.rand(t.shape, generator=g, dtype=t.dtype) + 0.2)
    feeds = module.read_safetensors(case["feeds"])
    out = []
    for child, feed, options in case["pairs"]:
        layer = getattr(model, child)
        x = [feeds[f] for f in feed] if isinstance(feed, list) else [feeds[feed]]
        native = layer.to_torch(**options)
        for mode in ("eval", "train") if child.startswith("bn") else ("eval",):
            model.train(mode == "train")
            native.train(mode == "train")
            model.kiln.begin_step()
            # A one-feed list gives the Kiln layer its one tensor as every argument it takes
            # (self-attention) and PyTorch's module the tensor alone, its own default.
            kiln_args = x * 3 if isinstance(feed, list) and len(x) == 1 else x
            out.append((f"kiln.{child}.{mode}", layer(*kiln_args)))
            out.append((f"torch.{child}.{mode}", native(*x)))
            if mode == "train":
                for attr, key in (("mean", "running_mean"), ("var", "running_var")):
                    out.append((f"kiln.{child}.{attr}", getattr(layer, attr)))
                    out.append((f"torch.{child}.{attr}", getattr(native, key)))
    entries = [(name, "F64", v.detach()) for name, v in out]
    with open(case["out"], "wb") as f:
        f.write(module.write_safetensors(entries))


def execute(case, n):
    """Python code run with the exported module as `exported`; what it prints comes back."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(case["code"], {"exported": load_module(case["module"], n), "torch": torch})
    return out.getvalue()


def main():
    for n, line in enumerate(sys.stdin):
        try:
            case = json.loads(line)
            kind = case.get("kind")
            output = execute(case, n) if kind == "exec" else (to_torch if kind == "to_torch" else run)(case, n)
            reply = {"ok": True, "output": output or ""}
        except Exception:
            reply = {"ok": False, "error": traceback.format_exc()}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


main()
