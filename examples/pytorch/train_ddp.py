# Trains a model exported by `kiln export --pytorch` with DistributedDataParallel, one process
# per device: `torchrun --nproc_per_node=2 train_ddp.py --model cnn.py ...` (gloo on CPUs,
# nccl on GPUs, where each process takes the GPU of its rank). Every process starts from the
# same weights (what a Kiln module's save() wrote), takes its share of each epoch's
# digits, and the gradients are averaged across processes each step. Process 0 reports the
# test accuracy and writes the trained weights for a Kiln module's load().
#
#   --model      the exported module (cnn.py), --cls its model class
#   --data       safetensors with train_x [n, 1, 28, 28] F32, train_y [n] I32, test_x, test_y
#   --weights    the starting weights; --out where the trained ones go
#   --epochs, --batch (per process), --lr: the learning rate for one process's batch, scaled by
#   the number of processes (the global batch is that many times larger), decaying along a
#   cosine to 0 over the epochs
import argparse
import importlib.util
import json
import math
import os
import time

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel


def load_module(path):
    spec = importlib.util.spec_from_file_location("exported", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shifted(x, g):
    """Each digit moved by up to a pixel each way (zeros shifted in), as the Kiln example."""
    padded = torch.nn.functional.pad(x, (1, 1, 1, 1))
    dy = torch.randint(0, 3, (x.shape[0],), generator=g)
    dx = torch.randint(0, 3, (x.shape[0],), generator=g)
    return torch.stack([padded[i, :, dy[i]:dy[i] + 28, dx[i]:dx[i] + 28] for i in range(x.shape[0])])


def accuracy(model, x, y):
    with torch.no_grad():
        probs = model.predict(x)["probs"]
    return (probs.argmax(dim=1) == y).float().mean().item()


def main():
    p = argparse.ArgumentParser()
    for flag in ("--model", "--data", "--weights", "--out"):
        p.add_argument(flag, required=True)
    p.add_argument("--cls", default="Cnn")
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--batch", type=int, default=32)
    args = p.parse_args()

    cuda = torch.cuda.is_available()
    dist.init_process_group("nccl" if cuda else "gloo")
    rank, world = dist.get_rank(), dist.get_world_size()
    device = torch.device(f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}" if cuda else "cpu")
    if not cuda:
        torch.set_num_threads(1)  # one core per process

    module = load_module(args.model)
    data = module.read_safetensors(args.data)
    train_x, train_y = data["train_x"], data["train_y"].long()
    model = getattr(module, args.cls)(seed=rank, device=device)
    model.load_safetensors(args.weights)
    ddp = DistributedDataParallel(model)

    g = torch.Generator().manual_seed(7 + rank)
    order_g = torch.Generator().manual_seed(7)  # the same epoch order in every process
    steps = train_x.shape[0] // (args.batch * world)
    start = time.perf_counter()
    for epoch in range(args.epochs):
        lr = args.lr * world * 0.5 * (1 + math.cos(math.pi * epoch / args.epochs))
        for group in model.optimizers["step"].param_groups:
            group["lr"] = lr
        order = torch.randperm(train_x.shape[0], generator=order_g)
        total = 0.0
        for s in range(steps):
            # Process r takes every world-th batch-sized slice of the epoch's order.
            at = (s * world + rank) * args.batch
            idx = order[at:at + args.batch]
            x = shifted(train_x[idx], g).to(device)
            total += model.train_step(x, train_y[idx].to(device), forward=ddp).item()
        if rank == 0:
            print(f"epoch {epoch + 1}/{args.epochs}: loss {total / steps:.4f}, "
                  f"{time.perf_counter() - start:.1f} s", flush=True)
    seconds = time.perf_counter() - start
    if rank == 0:
        model.cpu()
        acc = accuracy(model, data["test_x"], data["test_y"].long())
        model.save_safetensors(args.out)
        print(json.dumps({"accuracy": acc, "seconds": seconds, "processes": world,
                          "samples_per_second": steps * args.batch * world * args.epochs / seconds}),
              flush=True)
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
