import { describe, expect, it } from "vitest";
import { checkFeed, checkFeedNames, findNonFinite } from "../../runtime/feeds.ts";

describe("checkFeed", () => {
  it("returns a typed array of the right class and length as is", () => {
    const x = new Float32Array(6);
    expect(checkFeed("x", x, "f32", [2, 3])).toBe(x);
    const y = new Int32Array(4);
    expect(checkFeed("y", y, "i32", [4])).toBe(y);
    const z = new Float64Array(1);
    expect(checkFeed("z", z, "f64", [])).toBe(z);
    // A view into a larger buffer is used as is too.
    const view = new Float32Array(10).subarray(2, 8);
    expect(checkFeed("x", view, "f32", [6])).toBe(view);
  });

  it("copies plain arrays and other typed arrays of the right length", () => {
    const a = checkFeed("x", [1, 2.5, -3, 4], "f32", [2, 2]);
    expect(a).toBeInstanceOf(Float32Array);
    expect(Array.from(a)).toEqual([1, 2.5, -3, 4]);
    const b = checkFeed("x", Float32Array.of(0.5, 1), "f64", [2]);
    expect(b).toBeInstanceOf(Float64Array);
    expect(Array.from(b)).toEqual([0.5, 1]);
    const c = checkFeed("y", Float64Array.of(3, -1), "i32", [2]);
    expect(c).toBeInstanceOf(Int32Array);
    expect(Array.from(c)).toEqual([3, -1]);
    const d = checkFeed("y", Uint8Array.of(7), "i32", [1]);
    expect(Array.from(d)).toEqual([7]);
    const src = [1, 2];
    const e = checkFeed("x", src, "f64", [2]);
    src[0] = 99;
    expect(e[0]).toBe(1); // a copy, not a view
    // NaN is a float like any other: findNonFinite is the tool to catch it.
    expect(Number.isNaN(checkFeed("x", [NaN], "f32", [1])[0])).toBe(true);
  });

  it("explains a wrong class or length, naming input, dtype, shape and what was given", () => {
    expect(() => checkFeed("x", new Float64Array(784), "f32", [64, 784])).toThrow(
      new TypeError(
        "input 'x' expects f32[64, 784] (a Float32Array of length 50176)" +
          " but got a Float64Array of length 784",
      ),
    );
    expect(() => checkFeed("y", new Int32Array(3), "i32", [4])).toThrow(
      "input 'y' expects i32[4] (an Int32Array of length 4) but got an Int32Array of length 3",
    );
    expect(() => checkFeed("s", [1, 2], "f64", [])).toThrow(
      "input 's' expects f64[] (a Float64Array of length 1) but got an Array of length 2",
    );
  });

  const wrong: [string, unknown, string][] = [
    ["undefined", undefined, "but got undefined"],
    ["null", null, "but got null"],
    ["a number", 3, "but got the number 3"],
    ["a boolean", true, "but got the boolean true"],
    ["a string", "1234", 'but got the string "1234"'],
    ["a bigint", 5n, "but got the bigint 5n"],
    ["a function", () => 1, "but got a function"],
    ["a plain object", { length: 4 }, "but got an object"],
    ["a Map", new Map(), "but got a Map"],
    ["a class instance", new (class Tensor {})(), "but got a Tensor"],
    ["a DataView", new DataView(new ArrayBuffer(16)), "but got a DataView"],
    ["an ArrayBuffer", new ArrayBuffer(16), "but got an ArrayBuffer"],
    ["a Uint8Array", new Uint8Array(2), "but got a Uint8Array of length 2"],
  ];
  for (const [what, value, message] of wrong) {
    it(`rejects ${what}`, () => {
      expect(() => checkFeed("x", value, "f32", [4])).toThrow(TypeError);
      expect(() => checkFeed("x", value, "f32", [4])).toThrow(
        `input 'x' expects f32[4] (a Float32Array of length 4) ${message}`,
      );
    });
  }

  it("rejects arrays holding non-numbers, nested arrays and holes, saying which element", () => {
    expect(() => checkFeed("x", [1, "2", 3], "f32", [3])).toThrow(
      `but got an Array of length 3 whose element 1 is the string "2"`,
    );
    expect(() => checkFeed("x", [[1, 2], [3, 4]], "f32", [2])).toThrow(
      "whose element 0 is an Array of length 2 (nested arrays are not read: flatten to row-major)",
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(() => checkFeed("x", [1, , 3], "f32", [3])).toThrow("whose element 1 is a hole");
    expect(() => checkFeed("x", BigInt64Array.of(1n), "f64", [1])).toThrow(
      "but got a BigInt64Array of length 1 whose element 0 is the bigint 1n",
    );
  });

  it("rejects i32 feeds holding fractions or numbers outside int32", () => {
    expect(() => checkFeed("y", [0, 1.5], "i32", [2])).toThrow(
      "input 'y' expects i32[2] (an Int32Array of length 2) but got an Array of length 2" +
        " whose element 1 is 1.5, not a 32-bit integer",
    );
    expect(() => checkFeed("y", [2 ** 31], "i32", [1])).toThrow(/2147483648, not a 32-bit/);
    expect(() => checkFeed("y", Float32Array.of(NaN), "i32", [1])).toThrow(/NaN, not a 32/);
    expect(Array.from(checkFeed("y", [-(2 ** 31), 2 ** 31 - 1], "i32", [2]))).toEqual([
      -(2 ** 31),
      2 ** 31 - 1,
    ]);
  });
});

describe("checkFeedNames", () => {
  it("accepts exactly the required names, plus optional ones", () => {
    expect(() => checkFeedNames({ x: 1, y: 2 }, ["x", "y"], "train")).not.toThrow();
    expect(() => checkFeedNames({ x: 1, y: 2 }, ["x"], "predict", ["x", "y"])).not.toThrow();
    expect(() => checkFeedNames({}, [], "predict")).not.toThrow();
    // Inherited properties are not feeds.
    expect(() => checkFeedNames(Object.create({ z: 1 }), [], "predict")).not.toThrow();
  });

  it("names the missing inputs", () => {
    expect(() => checkFeedNames({}, ["x"], "predict")).toThrow(
      new TypeError("predict needs input 'x'"),
    );
    expect(() => checkFeedNames({ y: 1 }, ["x", "y", "z"], "train")).toThrow(
      "train needs inputs 'x', 'z'",
    );
  });

  it("names an unknown input, with a suggestion when one is close", () => {
    expect(() => checkFeedNames({ xx: 1 }, ["x"], "predict")).toThrow(
      new TypeError("predict got unknown input 'xx' (did you mean 'x'?)"),
    );
    expect(() => checkFeedNames({ Labels: 1, x: 1 }, ["x"], "train", ["labels"])).toThrow(
      "train got unknown input 'Labels' (did you mean 'labels'?)",
    );
    expect(() => checkFeedNames({ x: 1, imgaes: 1 }, ["x", "images"], "train")).toThrow(
      "did you mean 'images'?",
    );
    expect(() => checkFeedNames({ foo: 1 }, ["x", "y"], "train")).toThrow(
      "train got unknown input 'foo' (inputs: 'x', 'y')",
    );
    expect(() => checkFeedNames({ foo: 1 }, [], "predict")).toThrow(
      "predict got unknown input 'foo' (it takes no inputs)",
    );
  });

  it("rejects feeds that are not an object", () => {
    for (const bad of [null, undefined, 3, [1]]) {
      expect(() => checkFeedNames(bad as object, ["x"], "predict")).toThrow(
        /^predict expects an object of inputs, like \{ x: \.\.\. \}, but got /,
      );
    }
  });
});

describe("findNonFinite", () => {
  it("finds the first NaN or infinity from the offset, or returns -1", () => {
    const a = Float32Array.of(NaN, 1, 2, Infinity, -Infinity, NaN);
    expect(findNonFinite(a, 1, 2)).toBe(-1);
    expect(findNonFinite(a, 1, 3)).toBe(2);
    expect(findNonFinite(a, 4, 2)).toBe(0);
    expect(findNonFinite(a, 0, 6)).toBe(0);
    expect(findNonFinite(Float64Array.of(1, -0, 1e308, -1e308, 5e-324), 0, 5)).toBe(-1);
    expect(findNonFinite(new Float64Array(0), 0, 0)).toBe(-1);
  });
});
