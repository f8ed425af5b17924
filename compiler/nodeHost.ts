// The file host of the Node entry and the `kiln` command: imports are read from disk, by
// absolute path, relative to the importing file's folder, no further than the limit on a
// model file (so `/dev/zero` or a huge file is refused at once).
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { FileHost } from "./host.ts";
import { fileTooLarge } from "./limits.ts";

function readModelFile(path: string, maxBytes: number): string {
  const fd = openSync(path, "r");
  try {
    const known = fstatSync(fd);
    if (known.isFile() && known.size > maxBytes) throw fileTooLarge(known.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 16, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw fileTooLarge(undefined, maxBytes);
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

export const nodeHost: FileHost = {
  resolve: (spec, importer) =>
    (importer === undefined ? resolve(spec) : resolve(dirname(importer), spec)),
  readFile: readModelFile,
};
