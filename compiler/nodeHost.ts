// The file host of the Node entry and the `kiln` command: imports are read from disk, by
// absolute path, relative to the importing file's folder.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { FileHost } from "./host.ts";

export const nodeHost: FileHost = {
  resolve: (spec, importer) =>
    (importer === undefined ? resolve(spec) : resolve(dirname(importer), spec)),
  readFile: (path) => readFileSync(path, "utf8"),
};
