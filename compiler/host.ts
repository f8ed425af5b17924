// How the compiler reaches the files a model imports. The core reads through the host it is
// given and nothing else, so it runs in any JavaScript engine: the Node entry's default host
// reads the disk (nodeHost.ts), the browser entry's reads the files it is handed.

/** Where a model's imports come from. */
export interface FileHost {
  /** The path `spec` names: as written in an import of the file `importer` (a path this host
   * gave), or, with no importer, the main file's name as the caller gave it. Equal paths mean
   * one file (a file imported twice is read once; a file importing itself is a cycle). */
  resolve(spec: string, importer?: string): string;
  /** The text at a path `resolve` gave; throws when there is none. The compiler refuses a file
   * over `maxBytes` (UTF-8): a host may stop reading there, throwing `fileTooLarge`. */
  readFile(path: string, maxBytes: number): string;
}

/** `/`-separated paths with `.` and `..` steps taken ("a/./b/../c" is "a/c"). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    const last = out[out.length - 1];
    if (part === "." || (part === "" && out.length > 0)) continue;
    if (part !== ".." || last === undefined || last === "..") out.push(part);
    else if (last !== "") out.pop();  // ".." at the root stays at the root

  }
  return out.length === 1 && out[0] === "" ? "/" : out.join("/") || ".";
}

/** A host over files held in memory, by `/`-separated path (none by default: every import is
 * then reported as a file that cannot be read). */
export function memoryHost(files: Readonly<Record<string, string>> = {}): FileHost {
  const byPath = new Map(Object.entries(files).map(([path, text]) => [normalizePath(path), text]));
  return {
    resolve(spec, importer) {
      if (importer === undefined || spec.startsWith("/")) return normalizePath(spec);
      const folder = importer.includes("/") ? importer.slice(0, importer.lastIndexOf("/") + 1) : "";
      return normalizePath(folder + spec);
    },
    readFile(path) {
      const text = byPath.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  };
}
