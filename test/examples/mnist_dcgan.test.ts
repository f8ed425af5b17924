// The DCGAN example at reduced size (640 digits, 2 epochs of 10 steps each, no judge): it
// compiles, both players train, and the discriminator soon beats chance. Its figure of merit
// (the Inception score) and picture files are tested on what they compute.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodePng, imageGrid } from "../../examples/figures/png.ts";
import { inceptionScore, trainDcgan } from "../../examples/mnist_dcgan.ts";

describe("examples/mnist_dcgan", () => {
  it("learns: the discriminator's loss falls below chance's 2 ln 2", async () => {
    const r = await trainDcgan({ epochs: 2, limit: 640, judge: false, every: 100, quiet: true });
    expect([...r.dLosses, ...r.gLosses].every(Number.isFinite)).toBe(true);
    expect(r.dLosses[1]).toBeLessThan(2 * Math.LN2);
  }, 120_000);

  it("scores sure, varied readings 10 and one repeated reading 1", () => {
    // A judge reading each image's first pixel as its class.
    const judge = (probs: (first: number) => number[]) => ({
      predict: (f: { x: Float32Array }) => ({ probs: Float32Array.from(
        { length: (f.x.length / 784) * 10 }, (_, i) => probs(f.x[Math.floor(i / 10) * 784])[i % 10]) }),
    });
    const images = new Float32Array(640 * 784);
    for (let k = 0; k < 640; k++) images[k * 784] = k % 10;
    const sure = judge((d) => Array.from({ length: 10 }, (_, c) => (c === d ? 1 : 0)));
    expect(inceptionScore(sure, images, 640)).toBeCloseTo(10, 10);
    const same = judge(() => [0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(inceptionScore(same, images, 640)).toBeCloseTo(1, 10);
  });

  it("writes grids of digits as PNG files a decoder reads back", () => {
    const images = Float32Array.from({ length: 3 * 4 }, (_, i) => i / 11);
    const grid = imageGrid(images, 3, 2, 2, { scale: 1, gap: 1 });
    expect([grid.width, grid.height]).toEqual([7, 7]);
    const png = encodePng(grid.pixels, grid.width, grid.height);
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe("PNG");
    // IHDR: width, height, 8-bit grayscale.
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([7, 7, 8, 0]);
    const idatLength = view.getUint32(33);
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe(7 * 8);
    // Row 1 (after its filter byte): gap, image 0's first row (0, 1/11), gap, image 1's.
    expect(Array.from(rows.subarray(9, 16))).toEqual([96, 0, 23, 96, 93, 116, 96]);
  });
});
