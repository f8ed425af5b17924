// Grayscale PNG files, written by hand (a signature, IHDR, one zlib-compressed IDAT of
// filtered rows, IEND, each chunk with its CRC-32): pictures of generated digits with nothing
// but node:zlib, which Node.js itself provides.
import { deflateSync } from "node:zlib";

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, "ascii"), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An 8-bit grayscale PNG of `pixels` (row-major, width x height). */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8 bits, grayscale, deflate, filters of method 0, no interlace
  // Each row starts with its filter type: 0, none.
  const raw = new Uint8Array(height * (width + 1));
  for (let r = 0; r < height; r++) {
    raw.set(pixels.subarray(r * width, (r + 1) * width), r * (width + 1) + 1);
  }
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array(0))];
  return Buffer.concat(parts);
}

/**
 * A grid of square images (values from `lo` (black) to `hi` (white)), `cols` to a row with a
 * gap of `gap` pixels, each image drawn `scale` times larger.
 */
export function imageGrid(images: ArrayLike<number>, count: number, side: number, cols: number,
  opts: { lo?: number; hi?: number; scale?: number; gap?: number } = {}):
  { pixels: Uint8Array; width: number; height: number } {
  const { lo = 0, hi = 1, scale = 2, gap = 2 } = opts;
  const rows = Math.ceil(count / cols), cell = side * scale + gap;
  const width = cols * cell + gap, height = rows * cell + gap;
  const pixels = new Uint8Array(width * height).fill(96);
  for (let k = 0; k < count; k++) {
    const ox = gap + (k % cols) * cell, oy = gap + Math.floor(k / cols) * cell;
    for (let y = 0; y < side * scale; y++) for (let x = 0; x < side * scale; x++) {
      const v = images[k * side * side + Math.floor(y / scale) * side + Math.floor(x / scale)];
      const level = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
      pixels[(oy + y) * width + ox + x] = Math.round(255 * level);
    }
  }
  return { pixels, width, height };
}
