// The super-resolution example at reduced size (320 digits, 2 epochs), and its baselines:
// bicubic and bilinear interpolation as PyTorch computes them.
import { describe, expect, it } from "vitest";
import { downsample, interpolate, psnr, trainSuperRes } from "../../examples/mnist_superres.ts";
import { describeWithTorch, PYTHON } from "../support/torch.ts";
import { spawnSync } from "node:child_process";

describe("examples/mnist_superres", () => {
  it("learns: the loss of its second epoch is below its first", async () => {
    const r = await trainSuperRes({ epochs: 2, limit: 320, quiet: true });
    expect(r.losses.every(Number.isFinite)).toBe(true);
    expect(r.losses[1]).toBeLessThan(r.losses[0]);
    expect(r.bicubic).toBeGreaterThan(r.bilinear);
  }, 120_000);

  it("averages 2x2 blocks, and scores PSNR in dB of pixels in [0, 1]", () => {
    const x = Float32Array.from({ length: 784 }, (_, i) => (i % 2));
    expect(Array.from(downsample(x, 1).subarray(0, 3))).toEqual([0.5, 0.5, 0.5]);
    expect(psnr([0.1, 0.2], [0, 0.1])).toBeCloseTo(20, 10);
    expect(psnr([2, -1], [1, 0])).toBe(Infinity);
  });
});

describeWithTorch("examples/mnist_superres's interpolations", () => {
  it("are PyTorch's interpolate(scale_factor = 2, align_corners = False)", () => {
    const x = Float32Array.from({ length: 2 * 25 }, (_, i) => Math.sin(i * 1.7));
    const script = "import json, sys, torch, torch.nn.functional as F\n" +
      "x = torch.tensor(json.load(sys.stdin)).reshape(2, 1, 5, 5)\n" +
      "print(json.dumps([F.interpolate(x, scale_factor=2, mode=m, align_corners=False)" +
      ".flatten().tolist() for m in ('bicubic', 'bilinear')]))";
    const r = spawnSync(PYTHON, ["-c", script], { input: JSON.stringify(Array.from(x)), encoding: "utf8" });
    const [bicubic, bilinear] = JSON.parse(r.stdout) as number[][];
    const diff = (a: Float32Array, b: number[]) => Math.max(...b.map((v, i) => Math.abs(v - a[i])));
    expect(diff(interpolate(x, 2, 5, "bicubic"), bicubic)).toBeLessThan(1e-6);
    expect(diff(interpolate(x, 2, 5, "bilinear"), bilinear)).toBeLessThan(1e-6);
  });
});
