// The training chart, drawn as SVG: the loss of every step, and the accuracy on the held-out
// digits each time it is measured, on one step axis. Redrawn at most once a frame.

const SVG = "http://www.w3.org/2000/svg";
const W = 560, H = 240, PAD = { left: 44, right: 44, top: 14, bottom: 26 };

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>,
  parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

export class Chart {
  readonly svg: SVGSVGElement;
  private readonly losses: [number, number][] = [];
  private readonly accuracies: [number, number][] = [];
  private queued = false;

  constructor(parent: HTMLElement) {
    this.svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": "training loss and held-out accuracy" }, parent);
    this.draw();
  }

  clear(): void {
    this.losses.length = 0;
    this.accuracies.length = 0;
    this.redraw();
  }

  loss(step: number, value: number): void {
    this.losses.push([step, value]);
    this.redraw();
  }

  accuracy(step: number, value: number): void {
    this.accuracies.push([step, value]);
    this.redraw();
  }

  private redraw(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.draw();
    });
  }

  private draw(): void {
    this.svg.replaceChildren();
    const steps = Math.max(10, ...this.losses.map(([s]) => s));
    const top = Math.max(0.5, ...this.losses.map(([, v]) => (Number.isFinite(v) ? v : 0)));
    const x = (s: number) => PAD.left + (s / steps) * (W - PAD.left - PAD.right);
    const y = (v: number, max: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
    el("rect", { x: PAD.left, y: PAD.top, width: W - PAD.left - PAD.right,
      height: H - PAD.top - PAD.bottom, class: "frame" }, this.svg);
    const text = (t: string, at: Record<string, number | string>) => {
      el("text", at, this.svg).textContent = t;
    };
    text("loss", { x: 4, y: PAD.top + 10, class: "loss-label" });
    text(top.toFixed(2), { x: 4, y: PAD.top + 24, class: "tick" });
    text("0", { x: 4, y: H - PAD.bottom, class: "tick" });
    text("accuracy", { x: W - 4, y: PAD.top + 10, class: "acc-label", "text-anchor": "end" });
    text("100%", { x: W - 4, y: PAD.top + 24, class: "tick", "text-anchor": "end" });
    text(`step ${steps}`, { x: W - PAD.right, y: H - 6, class: "tick", "text-anchor": "end" });
    const line = (points: [number, number][], max: number, cls: string) => {
      if (!points.length) return;
      const d = points.map(([s, v], i) => `${i ? "L" : "M"}${x(s).toFixed(1)},` +
        `${y(Math.min(v, max), max).toFixed(1)}`).join("");
      el("path", { d, class: cls }, this.svg);
    };
    line(this.losses.filter(([, v]) => Number.isFinite(v)), top, "loss-line");
    line(this.accuracies, 1, "acc-line");
    for (const [s, v] of this.accuracies) {
      el("circle", { cx: x(s), cy: y(v, 1), r: 3, class: "acc-dot" }, this.svg);
    }
  }
}
