# PyTorch's answers for test/compiler/updates.test.ts: the same models as the .kiln files
# there, written as nn.Modules, trained in float64 from the params Kiln initialised. Reads
# {"scenario", "params", "steps": [[step, feeds], ...], "predict": feeds | null} as JSON on
# stdin; writes {"states": [state after each step], "params", "predict"} as JSON.
import json
import sys

import torch
from torch import nn

torch.set_default_dtype(torch.float64)


def dense(params, name, act=None):
    w = params[name + ".W"]
    layer = nn.Linear(w.shape[0], w.shape[1])
    with torch.no_grad():
        layer.weight.copy_(w.T)
        layer.bias.copy_(params[name + ".b"])
    return nn.Sequential(layer, act) if act else layer


def batch_norm(params, name):
    bn = nn.BatchNorm1d(params[name + ".gamma"].shape[0])
    with torch.no_grad():
        bn.weight.copy_(params[name + ".gamma"])
        bn.bias.copy_(params[name + ".beta"])
    return bn


class Scaled(nn.Module):
    """Counts its calls in a buffer and scales its input by the count, read after the update."""

    def __init__(self):
        super().__init__()
        self.register_buffer("n", torch.zeros(()))

    def forward(self, x):
        self.n += 1
        return x * self.n


class Block(nn.Module):
    """Runs a batch norm whose result it ignores, then a dense layer."""

    def __init__(self, params, name):
        super().__init__()
        self.bn = batch_norm(params, name + ".bn")
        self.fc = dense(params, name + ".fc")

    def forward(self, x):
        self.bn(x)
        return self.fc(x)


def build(scenario, p):
    m = nn.Module()
    sq = lambda t: (t * t).mean()
    if scenario == "twice":
        m.bn, m.fc = batch_norm(p, "bn"), dense(p, "fc")
        losses = {"step": lambda f: m.fc(m.bn(f["real"])).mean() - m.fc(m.bn(f["fake"])).mean()}
    elif scenario == "trunk":
        m.trunk, m.bn = dense(p, "trunk", nn.Tanh()), batch_norm(p, "bn")
        m.ha, m.hb = dense(p, "ha"), dense(p, "hb")
        losses = {"a": lambda f: sq(m.ha(m.bn(m.trunk(f["x"])))),
                  "b": lambda f: sq(m.hb(m.trunk(f["x"])))}
    elif scenario in ("output_before", "output_after"):
        m.bn, m.fc = batch_norm(p, "bn"), dense(p, "fc")
        losses = {"fit": lambda f: sq(m.fc(m.bn(f["x"])))}
    elif scenario == "ema":
        m.fc = dense(p, "fc")
        m.register_buffer("ema", torch.zeros(3, 2))
        m.register_buffer("n", torch.zeros(()))

        def fit(f):
            loss = sq(m.fc(f["x"]))
            with torch.no_grad():
                m.ema.copy_(0.9 * m.ema + 0.1 * m.fc.weight.T)
                m.n += 1
            return loss
        losses = {"fit": fit}
    elif scenario == "scaled":
        m.s, m.fc = Scaled(), dense(p, "fc")
        losses = {"fit": lambda f: sq(m.fc(m.s(f["x"]))) + sq(m.fc(m.s(f["x"])))}
    elif scenario == "block":
        m.blk = Block(p, "blk")
        losses = {"fit": lambda f: sq(m.blk(f["x"]))}
    else:
        raise ValueError(scenario)
    return m, losses


def state_of(m):
    return {name: t.tolist() for name, t in m.named_buffers() if "num_batches" not in name}


def main():
    req = json.load(sys.stdin)
    p = {k: torch.tensor(v) for k, v in req["params"].items()}
    m, losses = build(req["scenario"], p)
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    states = []
    m.train()
    for step, feeds in req["steps"]:
        f = {k: torch.tensor(v) for k, v in feeds.items()}
        opt.zero_grad()
        losses[step](f).backward()
        opt.step()
        states.append(state_of(m))
    out = {"states": states, "params": {k: v.tolist() for k, v in m.named_parameters()}}
    if req.get("predict"):
        m.eval()
        with torch.no_grad():
            out["predict"] = m.bn(torch.tensor(req["predict"]["other"])).tolist()
    json.dump(out, sys.stdout)


main()
