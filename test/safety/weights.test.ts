// load() checks a whole weights file before it changes anything: every broken file is
// refused with a message, and the model's params, state and optimizer state stay as they were.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileToModel } from "../../compiler/index.ts";

const runs = Number(process.env.KILN_DEEP) ? 3000 : 200;

const source = (hidden: number) => `dim B = 2
model M {
  input x: f32[B, 3]
  input y: i32[B]
  fc1 = Dense(${hidden}, act = relu)
  bn = BatchNorm()
  fc2 = Dense(2)
  logits = x |> fc1 |> bn |> fc2
  loss = cross_entropy(logits, y)
  train step: minimize loss with adam(lr = 0.01)
}`;

const mod = await compileToModel(source(4));
const feeds = { x: new Float32Array([1, 2, 3, -1, 0, 2]), y: new Int32Array([1, 0]) };

/** A trained model (so params, state, optimizer slots and step count all differ from a fresh
 * one) and the bytes it saves. */
function trained(seed: number) {
  const m = mod.create({ seed });
  for (let i = 0; i < 3; i++) m.train(feeds);
  return { m, bytes: m.save() as Uint8Array };
}

/** Loading `bad` must throw and leave `m` exactly as it was. */
function refused(m: ReturnType<typeof trained>["m"], bad: Uint8Array): string {
  const before = m.save() as Uint8Array;
  let message = "";
  try {
    m.load(bad);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message, "load should have refused the file").not.toBe("");
  expect(Buffer.from(m.save()).equals(Buffer.from(before))).toBe(true);
  return message;
}

/** The file with its JSON header rewritten by `edit` (the data bytes kept). */
function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
  edit(header);
  let json = JSON.stringify(header);
  json += " ".repeat((8 - (json.length % 8)) % 8);
  const text = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + text.length + bytes.length - 8 - n);
  new DataView(out.buffer).setBigUint64(0, BigInt(text.length), true);
  out.set(text, 8);
  out.set(bytes.subarray(8 + n), 8 + text.length);
  return out;
}

describe("load()", () => {
  const { m: source1, bytes } = trained(1);

  it("takes back what save() wrote, into a fresh model", () => {
    const fresh = mod.create({ seed: 2 });
    fresh.load(bytes);
    expect(Buffer.from(fresh.save()).equals(Buffer.from(bytes))).toBe(true);
    expect(fresh.train(feeds)).toBe(source1.train(feeds));
  });

  it("refuses the file cut at every length, changing nothing", () => {
    const { m } = trained(3);
    const messages = new Set<string>();
    for (let n = 0; n < bytes.length; n++) messages.add(refused(m, bytes.subarray(0, n)).split(":")[1]);
    expect([...messages].every((s) => / too short| truncated| header is not valid| tensors cover/.test(s)))
      .toBe(true);
  });

  it.each([
    ["a renamed tensor", (h: Record<string, unknown>) => {
      h["fc1.V"] = h["fc1.W"];
      delete h["fc1.W"];
    }, ["unknown tensor 'fc1.V'", "missing param 'fc1.W'"]],
    ["a missing state tensor", (h: Record<string, unknown>) => {
      const info = h["bn.mean"] as { data_offsets: number[] };
      h["optim/step/t/extra"] = { ...info, dtype: "F32" };
      delete h["bn.mean"];
    }, ["unknown tensor 'optim/step/t/extra'", "missing state 'bn.mean'"]],
    ["another dtype", (h: Record<string, unknown>) => {
      (h["fc2.b"] as { dtype: string }).dtype = "I32";
    }, ["'fc2.b' has dtype I32 but the model needs F32"]],
    ["another shape of as many elements", (h: Record<string, unknown>) => {
      (h["fc1.W"] as { shape: number[] }).shape = [4, 3];
    }, ["'fc1.W' has shape [4, 3] but the model needs [3, 4]"]],
  ])("refuses %s and says so, changing nothing", (_what, edit, problems) => {
    const { m } = trained(4);
    const message = refused(m, withHeader(bytes, edit));
    expect(message.split("\n")[0]).toBe("load: the weights do not fit this model (nothing was changed):");
    for (const p of problems) expect(message).toContain(`\n  ${p}`);
  });

  it("refuses a model of other shapes, naming every tensor that differs", async () => {
    const other = (await compileToModel(source(5))).create();
    const message = refused(trained(5).m, other.save());
    expect(message).toContain("'fc1.W' has shape [3, 5] but the model needs [3, 4]");
    expect(message).toContain("'fc2.W' has shape [5, 2] but the model needs [4, 2]");
  });

  it("refuses the weights of an f64 build", async () => {
    const f64 = (await compileToModel(source(4), { dtype: "f64" })).create();
    expect(refused(trained(6).m, f64.save())).toContain("'fc1.W' has dtype F64 but the model needs F32");
  });

  it.each([
    ["a header that is not JSON", (b: Uint8Array) => b.fill(0x7b, 8, 12), "header is not valid JSON"],
    ["an absurd header length", (b: Uint8Array) => b.fill(0xff, 0, 8), "is absurd"],
    ["a header that is not UTF-8", (b: Uint8Array) => b.fill(0xff, 9, 10), "header is not valid UTF-8"],
    ["trailing bytes", (b: Uint8Array) => Uint8Array.from([...b, 0, 0, 0, 0]), "cover only"],
  ])("refuses %s", (_what, corrupt, words) => {
    expect(refused(trained(7).m, corrupt(bytes.slice()) ?? bytes)).toContain(words);
  });

  it("refuses any byte of the header changed, or loads a file that is still valid", () => {
    const { m } = trained(8);
    const n = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true));
    fc.assert(fc.property(fc.integer({ min: 0, max: 8 + n - 1 }), fc.integer({ min: 0, max: 255 }),
      (at, value) => {
        const bad = bytes.slice();
        bad[at] = value;
        const before = m.save() as Uint8Array;
        try {
          m.load(bad);
        } catch (e) {
          expect((e as Error).message).toMatch(/^(safetensors|load): /);
          expect(Buffer.from(m.save()).equals(Buffer.from(before))).toBe(true);
          return;
        }
        m.load(bytes); // a change the format allows (a space, a digit of metadata): undo it
      }), { seed: 7, numRuns: runs });
  });
});
