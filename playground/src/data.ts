// The digits the page trains on (mnist.ts wrote them at build time): training and test sets
// as the model's feeds take them, pixels in [0, 1].

export interface Digits {
  x: Float32Array;
  y: Int32Array;
  n: number;
}

export async function loadDigits(url: string): Promise<{ train: Digits; test: Digits }> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot load the digits: ${res.status} ${res.statusText}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== "KMN1") throw new Error("the digits file is not one the playground wrote");
  const view = new DataView(bytes.buffer);
  const counts = [view.getUint32(4, true), view.getUint32(8, true)];
  const total = counts[0] + counts[1];
  let at = 0;
  const [train, test] = counts.map((n): Digits => {
    const x = new Float32Array(n * 784);
    const pixels = bytes.subarray(12 + total + at * 784, 12 + total + (at + n) * 784);
    for (let i = 0; i < x.length; i++) x[i] = pixels[i] / 255;
    const y = Int32Array.from(bytes.subarray(12 + at, 12 + at + n));
    at += n;
    return { x, y, n };
  });
  return { train, test };
}
