// Line charts as SVG, written to examples/out/: the curves every example draws (loss,
// accuracy, PSNR per epoch). No plotting library: axes, ticks, lines and a legend.
import { mkdirSync, writeFileSync } from "node:fs";

export interface Series {
  name: string;
  /** y values at x = 1, 2, ... (epochs or logging points); NaN leaves a gap. */
  values: number[];
}

export interface Chart {
  title: string;
  x: string;
  y: string;
  series: Series[];
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];
// The legend sits in the right margin, clear of the lines.
const W = 680, H = 340, L = 64, R = 170, T = 36, B = 48;

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (v: number) => (Math.abs(v) >= 1000 || (v !== 0 && Math.abs(v) < 0.01)
  ? v.toExponential(1) : String(+v.toPrecision(3)));

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
function ticks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / count, mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
    out.push(+v.toPrecision(12));
  }
  return out;
}

export function lineChart(c: Chart): string {
  const all = c.series.flatMap((s) => s.values).filter(Number.isFinite);
  const n = Math.max(1, ...c.series.map((s) => s.values.length));
  let lo = Math.min(...all), hi = Math.max(...all);
  if (!(hi > lo)) { lo -= 1; hi += 1; }
  const pad = (hi - lo) * 0.05;
  [lo, hi] = [lo - pad, hi + pad];
  const px = (i: number) => L + ((W - L - R) * (n === 1 ? 0.5 : i / (n - 1)));
  const py = (v: number) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" ` +
    `viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
  `<rect width="${W}" height="${H}" fill="white"/>`,
  `<text x="${W / 2}" y="20" text-anchor="middle" font-size="13">${esc(c.title)}</text>`];
  for (const v of ticks(lo, hi)) {
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${py(v)}" y2="${py(v)}" stroke="#e4e4e4"/>`,
      `<text x="${L - 6}" y="${py(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  for (const i of ticks(1, n).filter((i) => Number.isInteger(i) && i >= 1 && i <= n)) {
    parts.push(`<text x="${px(i - 1)}" y="${H - B + 16}" text-anchor="middle">${i}</text>`);
  }
  parts.push(`<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" ` +
    `fill="none" stroke="#888"/>`,
  `<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">${esc(c.x)}</text>`,
  `<text transform="translate(14 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">` +
    `${esc(c.y)}</text>`);
  c.series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length];
    const at = (v: number, i: number) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`;
    const runs = s.values.map((v, i) => (Number.isFinite(v) ? at(v, i) : ""))
      .join(" ").split(/\s{2,}/).filter((r) => r.trim());
    for (const r of runs) {
      parts.push(`<polyline points="${r.trim()}" fill="none" stroke="${color}" stroke-width="1.8"/>`);
    }
    if (s.values.length <= 40) {
      s.values.forEach((v, i) => Number.isFinite(v) &&
        parts.push(`<circle cx="${px(i).toFixed(1)}" cy="${py(v).toFixed(1)}" r="2.4" ` +
          `fill="${color}"/>`));
    }
    const ly = T + 14 + 16 * k;
    parts.push(`<line x1="${W - R + 12}" x2="${W - R + 34}" y1="${ly - 4}" y2="${ly - 4}" ` +
      `stroke="${color}" stroke-width="2"/>`, `<text x="${W - R + 40}" y="${ly}">${esc(s.name)}</text>`);
  });
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}

/** Writes examples/out/NAME (made if missing); returns the path written. */
export function writeFigure(name: string, data: string | Uint8Array): string {
  const dir = new URL("../out/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const path = new URL(name, dir);
  writeFileSync(path, data);
  return `examples/out/${name}`;
}

/** examples/out/NAME_loss.svg and, given accuracies (%), NAME_accuracy.svg, per epoch. */
export function writeCurves(name: string, losses: number[], accuracies: number[] | undefined,
  log: (s: string) => void, accuracyName = "held-out accuracy"): void {
  log(`wrote ${writeFigure(`${name}_loss.svg`, lineChart({ title: `${name}: training loss`,
    x: "epoch", y: "mean loss", series: [{ name: "training loss", values: losses }] }))}`);
  if (!accuracies) return;
  log(`wrote ${writeFigure(`${name}_accuracy.svg`, lineChart({ title: `${name}: ${accuracyName}`,
    x: "epoch", y: "accuracy (%)", series: [{ name: accuracyName, values: accuracies }] }))}`);
}
