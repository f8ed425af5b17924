// The `.d.ts` of an emitted module, typed with the model's own names, built with ts-morph
// (declarations are what it is good at; the module's bodies are generated as text).
import { Project, type InterfaceDeclarationStructure, type OptionalKind,
  StructureKind } from "ts-morph";
import { size } from "../graph.ts";
import type { ModelIR } from "../model.ts";

const q = (s: string) => JSON.stringify(s);
const union = (names: readonly string[]) => (names.length ? names.map(q).join(" | ") : "never");

export function emitDeclarations(ir: ModelIR, dtype: "f32" | "f64"): string {
  const d = ir.decls;
  const FA = dtype === "f32" ? "Float32Array" : "Float64Array";
  const project = new Project({ useInMemoryFileSystem: true });
  const f = project.createSourceFile("model.d.ts", "");
  const arrayOf = (dt: "f" | "i") => (dt === "i" ? "Int32Array" : FA);
  const shapeDoc = (shape: readonly number[], dt: "f" | "i") =>
    `${dt === "i" ? "i32" : dtype}[${shape.join(", ")}], ${size(shape)} elements, row-major.`;

  const iface = (name: string, docs: string, props: { name: string; type: string; doc?: string;
    optional?: boolean; readonly?: boolean }[]): OptionalKind<InterfaceDeclarationStructure> => ({
    kind: StructureKind.Interface, name, isExported: true, docs: [docs],
    properties: props.map((p) => ({ name: q(p.name), type: p.type, hasQuestionToken: p.optional,
      isReadonly: p.readonly, docs: p.doc ? [p.doc] : [] })),
  });

  const predictFeeds = new Set(ir.predict.nodes.filter((n) => n.op === "input").map((n) => n.attrs.name as string));
  const inputs = [...d.inputs.values()];
  f.addInterface(iface("Inputs", "Every input of the model. A typed array of the exact dtype and " +
    "length is used without copying; other array-likes of that length are copied.",
  inputs.map((i) => ({ name: i.name, type: `${arrayOf(i.dtype)} | ArrayLike<number>`, doc: shapeDoc(i.shape, i.dtype) }))));
  f.addInterface(iface("PredictInputs", "The inputs predict() needs; others may be passed and are ignored.",
    inputs.map((i) => ({ name: i.name, type: `${arrayOf(i.dtype)} | ArrayLike<number>`, optional: !predictFeeds.has(i.name),
      doc: shapeDoc(i.shape, i.dtype) }))));
  const outs = ir.predict.outputs.map((o) => ({ o, node: ir.predict.nodes[o.node] }));
  f.addInterface(iface("Outputs", "What predict() returns: views into the model's memory, valid until its next call.",
    outs.map(({ o, node }) => ({ name: o.name, type: arrayOf(node.dtype), readonly: true, doc: shapeDoc(node.shape, node.dtype) }))));
  f.addInterface(iface("Params", "Live, writable views of the trainable params.",
    [...d.params.values()].map((p) => ({ name: p.name, type: FA, readonly: true, doc: shapeDoc(p.shape, "f") }))));
  f.addInterface(iface("State", "Live views of the persistent, untrained state (e.g. running statistics).",
    [...d.state.values()].map((p) => ({ name: p.name, type: FA, readonly: true, doc: shapeDoc(p.shape, "f") }))));
  const floatInputs = inputs.filter((i) => i.dtype === "f").map((i) => i.name);
  f.addTypeAliases([
    { name: "ParamName", type: union([...d.params.keys()]), isExported: true },
    { name: "StepName", type: union(d.steps.map((s) => s.name)), isExported: true },
    { name: "LossName", type: union([...new Set(d.steps.map((s) => s.lossName))]), isExported: true },
    { name: "GradientName", type: union([...d.params.keys(), ...floatInputs]), isExported: true },
  ]);
  f.addInterface({
    name: "GradientsOptions", isExported: true,
    properties: [
      { name: "loss", type: "LossName", hasQuestionToken: true, docs: ["Default: the loss of the first train step."] },
      { name: "mode", type: `"train" | "eval"`, hasQuestionToken: true, docs: ["Default: \"train\"."] },
      { name: "seed", type: "number", hasQuestionToken: true, docs: ["Repeat random draws exactly between calls."] },
    ],
  });
  f.addInterface({
    name: "GradientsResult", isExported: true,
    properties: [
      { name: "value", type: "number" },
      { name: "grads", type: `{ readonly [name in GradientName]: ${FA} }` },
    ],
  });
  f.addInterface({
    name: "CreateOptions", isExported: true,
    properties: [{ name: "seed", type: "number", hasQuestionToken: true,
      docs: ["Seeds param initialisation and every random draw (default 0)."] },
    { name: "checkFinite", type: "boolean", hasQuestionToken: true,
      docs: ["Throw a RangeError at the first NaN or infinity in a feed, param or op result."] }],
  });
  f.addInterface({
    name: "TensorInfo", isExported: true,
    properties: [{ name: "name", type: "string" }, { name: "shape", type: "number[]" },
      { name: "dtype", type: "string", hasQuestionToken: true }],
  });
  f.addInterface({
    name: "Meta", isExported: true,
    properties: [
      { name: "model", type: "string" }, { name: "dtype", type: q(dtype) },
      { name: "inputs", type: "TensorInfo[]" }, { name: "outputs", type: "TensorInfo[]" },
      { name: "params", type: "TensorInfo[]" }, { name: "state", type: "TensorInfo[]" },
      { name: "steps", type: "{ name: StepName; loss: LossName; optimizer: string; params: ParamName[] }[]" },
      { name: "losses", type: "LossName[]" },
      { name: "arenaBytes", type: "number", docs: ["Bytes of the one buffer all tensors live in."] },
    ],
  });
  const single = d.steps.length === 1;
  f.addInterface({
    name: "Model", isExported: true,
    methods: [
      { name: "predict", parameters: [{ name: "feeds", type: "PredictInputs" }], returnType: "Outputs",
        docs: ["Runs the model in eval mode (no dropout, running statistics)."] },
      { name: "train", parameters: [{ name: "feeds", type: "Inputs" },
        { name: "step", type: "StepName", hasQuestionToken: single }], returnType: "number",
        docs: ["One optimizer step; returns the loss computed before the update."] },
      { name: "gradients", parameters: [{ name: "feeds", type: "Inputs" },
        { name: "options", type: "GradientsOptions", hasQuestionToken: true }], returnType: "GradientsResult",
        docs: ["The loss and its gradient for every param and float input; changes nothing."] },
      { name: "save", returnType: "Uint8Array", docs: ["Params, state and optimizer state, as safetensors."] },
      { name: "load", parameters: [{ name: "bytes", type: "Uint8Array" }], returnType: "void",
        docs: ["Checks every name, dtype and shape; changes nothing if any is wrong."] },
      { name: "setLearningRate", parameters: [{ name: "step", type: "StepName" }, { name: "lr", type: "number" }], returnType: "void" },
      { name: "getLearningRate", parameters: [{ name: "step", type: "StepName" }], returnType: "number" },
    ],
    properties: [
      { name: "params", type: "Params", isReadonly: true },
      { name: "state", type: "State", isReadonly: true },
      { name: "meta", type: "Meta", isReadonly: true },
      { name: "arena", type: "ArrayBuffer", isReadonly: true },
    ],
  });
  f.addVariableStatement({ isExported: true, hasDeclareKeyword: true, declarationKind: "const" as never,
    declarations: [{ name: "meta", type: "Meta" }] });
  f.addFunction({ isExported: true, hasDeclareKeyword: true, name: "create",
    parameters: [{ name: "options", type: "CreateOptions", hasQuestionToken: true }], returnType: "Model" });
  f.insertStatements(0, `// Generated by kiln for model ${d.name.replace(/[^\w]/g, "_")}. Do not edit.`);
  return f.getFullText();
}
