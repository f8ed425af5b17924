// The playground page: a model file in the editor, checked as it is typed; Compile makes its
// module in the page (in the compiler's worker), shows its JavaScript and its graph; Train
// trains it in another worker on bundled digits, charting the loss and the held-out
// accuracy; the module, its declarations and its weights download as files.
import cnn from "../../examples/mnist_cnn.kiln?raw";
import mlp from "../../examples/mnist_mlp.kiln?raw";
import { Chart } from "./chart.ts";
import { Compiler } from "./compiler.ts";
import { type Digits, loadDigits } from "./data.ts";
import { createEditor } from "./editor.ts";
import type { Compiled } from "./protocol.ts";
import { Trainer } from "./training.ts";

const EXAMPLES: Record<string, string> = { "mnist_mlp.kiln": mlp, "mnist_cnn.kiln": cnn };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status"), metrics = $("metrics"), js = $("js"), graph = $("graph");
const buttons = {
  compile: $<HTMLButtonElement>("compile"), train: $<HTMLButtonElement>("train"),
  js: $<HTMLButtonElement>("download-js"), dts: $<HTMLButtonElement>("download-dts"),
  weights: $<HTMLButtonElement>("download-weights"),
};

const compiler = new Compiler();
const chart = new Chart($("chart"));
/** The digits (2.36 MB), fetched when Train is first pressed, not as the page opens. */
let digits: Promise<{ train: Digits; test: Digits }> | undefined;
const loadOnce = () => (digits ??= loadDigits(`${import.meta.env.BASE_URL}mnist.bin`)
  .catch((e: unknown) => {
    digits = undefined; // a later Train tries again
    throw e;
  }));
const editor = createEditor($("editor"), mlp, compiler, (errors) => {
  status.textContent = errors ? `${errors} error${errors === 1 ? "" : "s"}` : "no problems";
  status.className = errors ? "bad" : "good";
});

/** The module of the text as it was when compiled, and its model once training started. */
let built: { text: string; compiled: Compiled; trainer?: Trainer } | undefined;
let training: AbortController | undefined;

function show(tab: string): void {
  document.querySelectorAll<HTMLElement>("[data-tab]").forEach((t) => {
    t.hidden = t.dataset.tab !== tab;
  });
  document.querySelectorAll<HTMLButtonElement>("[data-show]").forEach((b) => {
    b.classList.toggle("active", b.dataset.show === tab);
  });
}

async function build(): Promise<Compiled | undefined> {
  const text = editor.state.doc.toString();
  if (built?.text === text && built.compiled.ok) return built.compiled;
  built?.trainer?.terminate();
  built = undefined;
  metrics.textContent = "compiling…";
  const compiled = await compiler.ask({ kind: "compile", text });
  for (const b of [buttons.js, buttons.dts, buttons.weights]) b.disabled = !compiled.ok;
  if (!compiled.ok) {
    metrics.textContent = `not compiled: ${compiled.problems.find((p) => p.severity ===
      "error")?.message ?? "see the problems in the editor"}`;
    return undefined;
  }
  built = { text, compiled };
  js.textContent = compiled.js;
  graph.innerHTML = compiled.svg;
  metrics.textContent = `compiled: ${(compiled.js.length / 1024).toFixed(0)} KB of JavaScript`;
  chart.clear();
  return compiled;
}

async function trainer(): Promise<Trainer | undefined> {
  const compiled = await build();
  if (!compiled || !built) return undefined;
  built.trainer ??= await Trainer.start(compiled);
  return built.trainer;
}

async function train(): Promise<void> {
  if (training) {
    training.abort();
    return;
  }
  training = new AbortController();
  buttons.train.textContent = "Stop";
  try {
    const t = await trainer();
    if (!t) return;
    show("training");
    const steps = Number($<HTMLInputElement>("steps").value) || 100;
    let first: number | undefined;
    let last = { step: 0, loss: NaN, accuracy: NaN };
    const line = () => `step ${last.step} · loss ${first?.toFixed(3)} → ` +
      `${last.loss.toFixed(3)}` + (Number.isNaN(last.accuracy) ? ""
      : ` · held-out accuracy ${(100 * last.accuracy).toFixed(1)}%`);
    await t.train(steps, await loadOnce(), {
      onStep: (step, loss) => {
        first ??= loss;
        last = { ...last, step, loss };
        chart.loss(step, loss);
        metrics.textContent = line();
      },
      onHeldOut: (step, accuracy) => {
        last = { ...last, accuracy };
        chart.accuracy(step, accuracy);
        metrics.textContent = line();
      },
    }, training.signal);
  } catch (e) {
    metrics.textContent = `training stopped: ${(e as Error).message}`;
  } finally {
    training = undefined;
    buttons.train.textContent = "Train";
  }
}

function download(name: string, data: BlobPart, type: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

buttons.compile.addEventListener("click", () => void build().then((c) => c && show("graph")));
buttons.train.addEventListener("click", () => void train());
buttons.js.addEventListener("click", () => built && download("model.js", built.compiled.js,
  "text/javascript"));
buttons.dts.addEventListener("click", () => built && download("model.d.ts", built.compiled.dts,
  "text/plain"));
buttons.weights.addEventListener("click", () => void trainer().then(async (t) => {
  if (t) {
    const bytes = await t.model.save() as Uint8Array<ArrayBuffer>;
    download("model.safetensors", bytes, "application/octet-stream");
  }
}));
document.querySelectorAll<HTMLButtonElement>("[data-show]").forEach((b) => {
  b.addEventListener("click", () => show(b.dataset.show!));
});
$<HTMLSelectElement>("example").addEventListener("change", (e) => {
  const text = EXAMPLES[(e.target as HTMLSelectElement).value];
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
});
show("training");
