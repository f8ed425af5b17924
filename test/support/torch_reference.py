# PyTorch's results for the cases test/compiler/torch.test.ts sends on stdin (JSON), in
# float64: for each case, the output y of a torch.nn module loaded with Kiln's params (by
# the mapping docs/language.md gives), and the gradients of sum(y * w) for every Kiln param
# (mapped back) and every float input but w. Prints one JSON list.
import json
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.set_default_dtype(torch.float64)


def tensor(t):
    return torch.tensor(t["data"], dtype=torch.float64).reshape(t["shape"])


def load(module, weights):
    """Sets the module's params (torch name -> tensor) and returns them, requiring grad."""
    named = dict(module.named_parameters())
    for name, value in weights.items():
        with torch.no_grad():
            named[name].copy_(value)
    return named


RNNS = {"SimpleRNN": nn.RNN, "LSTM": nn.LSTM, "GRU": nn.GRU}


def rnn_weights(kind, p, prefix, suffix):
    """Kiln's Wx, Wh, b (and GRU's bh) as torch's weight_ih_l0{suffix} and so on."""
    w = {f"weight_ih_l0{suffix}": p[f"{prefix}Wx"].T, f"weight_hh_l0{suffix}": p[f"{prefix}Wh"].T,
         f"bias_ih_l0{suffix}": p[f"{prefix}b"]}
    w[f"bias_hh_l0{suffix}"] = p[f"{prefix}bh"] if kind == "GRU" else torch.zeros_like(p[f"{prefix}b"])
    return w


def rnn_grads(kind, named, prefix, suffix):
    g = {f"{prefix}Wx": named[f"weight_ih_l0{suffix}"].grad.T,
         f"{prefix}Wh": named[f"weight_hh_l0{suffix}"].grad.T}
    if kind == "GRU":
        g[f"{prefix}b"] = named[f"bias_ih_l0{suffix}"].grad
        g[f"{prefix}bh"] = named[f"bias_hh_l0{suffix}"].grad
    else:
        # b = bias_ih + bias_hh: both get the same gradient.
        g[f"{prefix}b"] = named[f"bias_ih_l0{suffix}"].grad
    return g


def recurrent(case, p, ins):
    o = case["options"]
    x = ins["x"]
    kind, units, bi = o["layer"], o["units"], o.get("bidirectional", False)
    module = RNNS[kind](x.shape[2], units, batch_first=True, bidirectional=bi)
    prefixes = [("forward.", ""), ("backward.", "_reverse")] if bi else [("", "")]
    weights = {}
    for prefix, suffix in prefixes:
        weights.update(rnn_weights(kind, p, prefix, suffix))
    named = load(module, weights)
    T = x.shape[1]
    state = None
    if "h0" in ins:
        state = (ins["h0"][None], ins["c0"][None]) if kind == "LSTM" else ins["h0"][None]
    if "lengths" in case:
        packed = pack_padded_sequence(x, torch.tensor(case["lengths"]), batch_first=True,
                                      enforce_sorted=False)
        out, hn = module(packed, state)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=T)
    else:
        out, hn = module(x, state)
    hn = hn[0] if kind == "LSTM" else hn
    y = out if o.get("sequences") else torch.cat(list(hn), dim=-1)

    def grads():
        g = {}
        for prefix, suffix in prefixes:
            g.update(rnn_grads(kind, named, prefix, suffix))
        return g
    return y, grads


def attention(case, p, ins):
    o = case["options"]
    x = ins["x"]
    E = x.shape[2]
    module = nn.MultiheadAttention(E, o["heads"], batch_first=True)
    named = load(module, {"in_proj_weight": p["W"].T, "in_proj_bias": p["b"],
                          "out_proj.weight": p["Wo"].T, "out_proj.bias": p["bo"]})
    kv = ins.get("kv", x)
    T, S = x.shape[1], kv.shape[1]
    mask = torch.triu(torch.full((T, S), float("-inf")), 1) if o.get("causal") else None
    y, _ = module(x, kv, kv, attn_mask=mask, need_weights=False)
    return y, lambda: {"W": named["in_proj_weight"].grad.T, "b": named["in_proj_bias"].grad,
                       "Wo": named["out_proj.weight"].grad.T, "bo": named["out_proj.bias"].grad}


def conv(case, p, ins):
    o = case["options"]
    x = ins["x"]
    layer = case["layer"]
    if layer == "Conv1D":
        module = nn.Conv1d(x.shape[1], o["filters"], o["kernel"], stride=o["stride"],
                           padding=o["padding"])
    else:
        module = nn.ConvTranspose2d(x.shape[1], o["filters"], o["kernel"], stride=o["stride"],
                                    padding=o["padding"], output_padding=o["output_padding"])
    named = load(module, {"weight": p["W"], "bias": p["b"]})
    return module(x), lambda: {"W": named["weight"].grad, "b": named["bias"].grad}


def dense(case, p, ins):
    x = ins["x"]
    module = nn.Linear(x.shape[-1], case["options"]["units"])
    named = load(module, {"weight": p["W"].T, "bias": p["b"]})
    return torch.tanh(module(x)), lambda: {"W": named["weight"].grad.T, "b": named["bias"].grad}


def no_params(f):
    return lambda case, p, ins: (f(case["options"], ins["x"]), dict)


LAYERS = {
    "Dense": dense,
    "Conv1D": conv,
    "Conv2DTranspose": conv,
    "Upsample2D": no_params(lambda o, x: F.interpolate(
        x, scale_factor=o["scale"], mode=o["mode"],
        **({"align_corners": False} if o["mode"] == "bilinear" else {}))),
    "GlobalAvgPool2D": no_params(lambda o, x: x.mean(dim=(2, 3))),
    "GlobalMaxPool2D": no_params(lambda o, x: x.amax(dim=(2, 3))),
    "MultiHeadAttention": attention,
    "Recurrent": recurrent,
}


def run(case):
    p = {k: tensor(v) for k, v in case["params"].items()}
    ins = {k: tensor(v).requires_grad_() for k, v in case["inputs"].items()}
    y, grads = LAYERS[case["layer"]](case, p, ins)
    (y * ins["w"]).sum().backward()
    inputs = {k: v.grad for k, v in ins.items() if k != "w"}
    return {"y": y.detach().flatten().tolist(), "shape": list(y.shape),
            "grads": {k: v.flatten().tolist() for k, v in {**grads(), **inputs}.items()}}


print(json.dumps([run(c) for c in json.load(sys.stdin)]))
