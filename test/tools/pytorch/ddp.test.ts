// The scale-out round trip of `npm run example:pytorch`, one epoch (under npm run test:deep:
// it takes torchrun two processes): the MNIST CNN exported, trained with
// DistributedDataParallel, and the weights PyTorch wrote give the Kiln module the test
// accuracy PyTorch reported.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roundTrip } from "../../../examples/pytorch/mnist_ddp.ts";
import { DEEP } from "../../property/arbitrary.ts";
import { PYTHON } from "./torch.ts";

describe.skipIf(!PYTHON || !DEEP)("training the exported CNN with torchrun", () => {
  it("gives weights on which Kiln measures PyTorch's accuracy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiln-ddp-"));
    try {
      const r = await roundTrip(1, dir, () => {});
      expect(r.processes).toBe(2);
      expect(r.torchAccuracy).toBeGreaterThan(0.9);
      // Float32 on both sides, computed differently: a digit near a tie may go either way.
      expect(Math.abs(r.kilnAccuracy - r.torchAccuracy)).toBeLessThanOrEqual(2 / 1505);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
