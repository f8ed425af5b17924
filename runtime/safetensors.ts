// The safetensors format (what save() writes and load() reads): an 8-byte little-endian
// header length N, N bytes of JSON header padded with spaces, then the tensors' bytes,
// little-endian and packed. Decoding checks everything before returning, because load()
// must change nothing when a file is wrong.
import type { TensorData } from "./types.ts";

export type SafetensorsDtype = "F32" | "F64" | "I32";

export interface SafetensorsEntry {
  dtype: SafetensorsDtype;
  shape: number[];
  data: TensorData;
}

export interface SafetensorsTensor extends SafetensorsEntry {
  name: string;
}

const ST_DTYPE_BYTES: Record<SafetensorsDtype, number> = { F32: 4, F64: 8, I32: 4 };

/** The reference implementation's limit; a larger header means a corrupt or foreign file. */
const ST_MAX_HEADER_BYTES = 100000000;

function stError(message: string): Error {
  return new Error(`safetensors: ${message}`);
}

function stLittleEndianHost(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

function stDataMatches(dtype: SafetensorsDtype, data: TensorData): boolean {
  if (dtype === "F32") return data instanceof Float32Array;
  if (dtype === "F64") return data instanceof Float64Array;
  return data instanceof Int32Array;
}

function stShapeText(dtype: string, shape: readonly number[]): string {
  return `${dtype}[${shape.join(", ")}]`;
}

/** Element count of a shape, or -1 if it is not a list of non-negative safe integers. */
function stElementCount(shape: unknown): number {
  if (!Array.isArray(shape)) return -1;
  let n = 1;
  for (const d of shape) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) return -1;
    n *= d;
  }
  return Number.isSafeInteger(n) ? n : -1;
}

/** Encodes tensors, in the order given, with optional string metadata. */
export function encodeSafetensors(
  tensors: readonly SafetensorsTensor[],
  metadata?: Record<string, string>,
): Uint8Array {
  // The header is written by hand rather than by stringifying one object, so that tensors
  // keep the given order (JS objects put integer-like keys first).
  const parts: string[] = [];
  if (metadata !== undefined) {
    for (const key of Object.keys(metadata)) {
      if (typeof metadata[key] !== "string") {
        throw stError(`metadata '${key}' must be a string but is ${typeof metadata[key]}`);
      }
    }
    parts.push(`"__metadata__":${JSON.stringify(metadata)}`);
  }
  const seen = new Set<string>();
  let dataBytes = 0;
  for (const t of tensors) {
    if (t.name === "__metadata__") throw stError("'__metadata__' cannot name a tensor");
    if (seen.has(t.name)) throw stError(`duplicate tensor name '${t.name}'`);
    seen.add(t.name);
    if (!Object.prototype.hasOwnProperty.call(ST_DTYPE_BYTES, t.dtype)) {
      throw stError(`tensor '${t.name}' has unknown dtype ${t.dtype}`);
    }
    const size = ST_DTYPE_BYTES[t.dtype];
    if (!stDataMatches(t.dtype, t.data)) {
      const given = t.data.constructor.name;
      throw stError(`tensor '${t.name}' is ${t.dtype} but its data is a ${given}`);
    }
    const n = stElementCount(t.shape);
    if (n < 0) throw stError(`tensor '${t.name}' has invalid shape ${JSON.stringify(t.shape)}`);
    if (t.data.length !== n) {
      throw stError(
        `tensor '${t.name}' is ${stShapeText(t.dtype, t.shape)} (${n} elements)` +
          ` but its data has ${t.data.length}`,
      );
    }
    const offsets = [dataBytes, dataBytes + n * size];
    const info = { dtype: t.dtype, shape: t.shape, data_offsets: offsets };
    parts.push(`${JSON.stringify(t.name)}:${JSON.stringify(info)}`);
    dataBytes += n * size;
  }
  const json = new TextEncoder().encode(`{${parts.join(",")}}`);
  const headerBytes = Math.ceil(json.length / 8) * 8; // keeps the data 8-byte aligned
  const out = new Uint8Array(8 + headerBytes + dataBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, headerBytes, true);
  view.setUint32(4, Math.floor(headerBytes / 4294967296), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerBytes);
  const littleEndian = stLittleEndianHost();
  let pos = 8 + headerBytes;
  for (const t of tensors) {
    const d = t.data;
    if (littleEndian) {
      out.set(new Uint8Array(d.buffer, d.byteOffset, d.byteLength), pos);
    } else {
      for (let i = 0; i < d.length; i++) {
        if (t.dtype === "F32") view.setFloat32(pos + 4 * i, d[i], true);
        else if (t.dtype === "F64") view.setFloat64(pos + 8 * i, d[i], true);
        else view.setInt32(pos + 4 * i, d[i], true);
      }
    }
    pos += d.byteLength;
  }
  return out;
}

/** The keys of the top-level object of valid JSON text, in order, duplicates kept
 * (JSON.parse silently keeps only the last of duplicate keys). */
function stTopLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (depth === 1 && expectKey) keys.push(JSON.parse(text.slice(i, j + 1)) as string);
      expectKey = false;
      i = j;
    } else if (c === "{" || c === "[") {
      depth++;
      expectKey = depth === 1;
    } else if (c === "}" || c === "]") {
      depth--;
    } else if (c === "," && depth === 1) {
      expectKey = true;
    }
  }
  return keys;
}

function stDescribe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

interface StPlacement {
  name: string;
  begin: number;
  end: number;
}

/** Decodes and validates a whole file; throws an Error saying what is wrong, never returns
 * part of a file. Tensors are copied into fresh (aligned) arrays. Metadata, if any, is copied
 * into metadataOut. */
export function decodeSafetensors(
  bytes: Uint8Array,
  metadataOut?: Record<string, string>,
): Map<string, SafetensorsEntry> {
  if (bytes.length < 8) {
    throw stError(`file is ${bytes.length} bytes, too short for the 8-byte header length`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerBytes = view.getUint32(0, true) + view.getUint32(4, true) * 4294967296;
  if (headerBytes > ST_MAX_HEADER_BYTES) {
    throw stError(
      `header length ${headerBytes} is absurd (limit ${ST_MAX_HEADER_BYTES} bytes):` +
        " not a safetensors file",
    );
  }
  if (8 + headerBytes > bytes.length) {
    throw stError(
      `truncated: header length ${headerBytes} runs past the end of the file` +
        ` (${bytes.length} bytes)`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + headerBytes));
  } catch {
    throw stError("header is not valid UTF-8");
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (e) {
    throw stError(`header is not valid JSON (${(e as Error).message})`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw stError(`header must be a JSON object but is ${stDescribe(header)}`);
  }
  const fields = header as Record<string, unknown>;
  const names = stTopLevelKeys(text);
  const seen = new Set<string>();
  const placements: StPlacement[] = [];
  const entries: { name: string; dtype: SafetensorsDtype; shape: number[] }[] = [];
  for (const name of names) {
    if (seen.has(name)) throw stError(`duplicate name '${name}' in the header`);
    seen.add(name);
    const value = fields[name];
    if (name === "__metadata__") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw stError(`__metadata__ must be an object but is ${stDescribe(value)}`);
      }
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== "string") {
          throw stError(`metadata '${k}' must be a string but is ${stDescribe(v)}`);
        }
      }
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw stError(`tensor '${name}' must be an object but is ${stDescribe(value)}`);
    }
    const info = value as Record<string, unknown>;
    for (const field of ["dtype", "shape", "data_offsets"]) {
      if (!(field in info)) throw stError(`tensor '${name}' is missing '${field}'`);
    }
    const dtype = info.dtype;
    if (typeof dtype !== "string" || !Object.prototype.hasOwnProperty.call(ST_DTYPE_BYTES, dtype)) {
      throw stError(
        `tensor '${name}' has dtype ${JSON.stringify(dtype)}, which is not supported` +
          ` (supported: ${Object.keys(ST_DTYPE_BYTES).join(", ")})`,
      );
    }
    const n = stElementCount(info.shape);
    if (n < 0) {
      throw stError(
        `tensor '${name}' has shape ${JSON.stringify(info.shape)},` +
          " which is not a list of non-negative integers",
      );
    }
    const shape = info.shape as number[];
    const offsets = info.data_offsets;
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((o) => typeof o === "number" && Number.isSafeInteger(o) && o >= 0) ||
      offsets[0] > offsets[1]
    ) {
      throw stError(
        `tensor '${name}' has data_offsets ${JSON.stringify(offsets)},` +
          " which are not two integers [begin, end] with 0 <= begin <= end",
      );
    }
    const [begin, end] = offsets as [number, number];
    const expected = n * ST_DTYPE_BYTES[dtype as SafetensorsDtype];
    if (end - begin !== expected) {
      throw stError(
        `tensor '${name}' is ${stShapeText(dtype, shape)}, which takes ${expected} bytes,` +
          ` but its data_offsets [${begin}, ${end}] span ${end - begin} bytes`,
      );
    }
    placements.push({ name, begin, end });
    entries.push({ name, dtype: dtype as SafetensorsDtype, shape: shape.slice() });
  }
  const dataStart = 8 + headerBytes;
  const dataBytes = bytes.length - dataStart;
  let needed = 0;
  for (const p of placements) needed = Math.max(needed, p.end);
  if (needed > dataBytes) {
    throw stError(`truncated: expected ${needed} bytes of data, file has ${dataBytes}`);
  }
  // The tensors must tile the data exactly: sorted by position, each starts where the last
  // ended (empty tensors may sit anywhere in that chain).
  const sorted = placements.slice().sort((a, b) => a.begin - b.begin || a.end - b.end);
  let at = 0;
  let previous = "the start of the data";
  for (const p of sorted) {
    if (p.begin < at) {
      throw stError(`tensor '${p.name}' [${p.begin}, ${p.end}] overlaps ${previous}`);
    }
    if (p.begin > at) {
      throw stError(
        `tensors are not contiguous: ${p.begin - at} unused bytes between ${previous}` +
          ` and tensor '${p.name}' at ${p.begin}`,
      );
    }
    at = p.end;
    previous = `tensor '${p.name}' [${p.begin}, ${p.end}]`;
  }
  if (at !== dataBytes) {
    throw stError(`file has ${dataBytes} bytes of data but its tensors cover only ${at}`);
  }
  // Valid: only now copy, so a bad file never yields a partial result.
  if (metadataOut !== undefined && fields.__metadata__ !== undefined) {
    // defineProperty, not assignment: a "__proto__" key must stay a plain entry.
    for (const [k, v] of Object.entries(fields.__metadata__ as Record<string, string>)) {
      Object.defineProperty(metadataOut, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const littleEndian = stLittleEndianHost();
  const result = new Map<string, SafetensorsEntry>();
  for (let k = 0; k < entries.length; k++) {
    const { name, dtype, shape } = entries[k];
    const { begin, end } = placements[k];
    const buffer = new ArrayBuffer(end - begin);
    if (littleEndian) {
      new Uint8Array(buffer).set(bytes.subarray(dataStart + begin, dataStart + end));
    }
    const data =
      dtype === "F32"
        ? new Float32Array(buffer)
        : dtype === "F64"
          ? new Float64Array(buffer)
          : new Int32Array(buffer);
    if (!littleEndian) {
      const size = ST_DTYPE_BYTES[dtype];
      for (let i = 0; i < data.length; i++) {
        const o = dataStart + begin + size * i;
        if (dtype === "F32") data[i] = view.getFloat32(o, true);
        else if (dtype === "F64") data[i] = view.getFloat64(o, true);
        else data[i] = view.getInt32(o, true);
      }
    }
    result.set(name, { dtype, shape, data });
  }
  return result;
}
