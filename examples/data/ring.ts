// The ring of 8 Gaussians, the usual test of mode collapse in GANs (Metz et al. 2017,
// Srivastava et al. 2017): 8 modes evenly spaced on a circle of radius 2 in the plane, each
// a Gaussian of standard deviation 0.02. Quality is judged as PacGAN (Lin et al. 2018)
// does: a sample is good if it lies within 3 standard deviations of its nearest mode, and a
// mode is covered if at least 20 of 2,500 samples are good ones near it.
import { Rng } from "../../runtime/rng.ts";

export const MODES = 8;
export const RADIUS = 2;
export const STD = 0.02;

export function modeCenter(k: number): [number, number] {
  const a = (2 * Math.PI * k) / MODES;
  return [RADIUS * Math.cos(a), RADIUS * Math.sin(a)];
}

/** Fills `into` ([n, 2], row-major) with draws from the ring. */
export function sampleRing(into: Float32Array, rng: Rng): void {
  for (let i = 0; i < into.length; i += 2) {
    const [cx, cy] = modeCenter(Math.floor(rng.uniform() * MODES));
    into[i] = cx + STD * rng.normal();
    into[i + 1] = cy + STD * rng.normal();
  }
}

export interface RingQuality {
  /** Modes with at least `minPerMode` good samples. */
  covered: number;
  /** Share of samples within 3 std of their nearest mode. */
  good: number;
  /** Good samples per mode. */
  perMode: number[];
  /** Mean distance from a sample to its nearest mode. */
  meanDistance: number;
}

/** `points` is [n, 2]; PacGAN's threshold of 20 per mode is for n = 2,500. */
export function ringQuality(points: ArrayLike<number>, minPerMode = 20): RingQuality {
  const perMode = new Array<number>(MODES).fill(0);
  let good = 0, distance = 0;
  const n = points.length / 2;
  for (let i = 0; i < n; i++) {
    let best = 0, bestD = Infinity;
    for (let k = 0; k < MODES; k++) {
      const [cx, cy] = modeCenter(k);
      const d = Math.hypot(points[2 * i] - cx, points[2 * i + 1] - cy);
      if (d < bestD) { bestD = d; best = k; }
    }
    distance += bestD;
    if (bestD <= 3 * STD) { good++; perMode[best]++; }
  }
  return { covered: perMode.filter((c) => c >= minPerMode).length, good: good / n, perMode,
    meanDistance: distance / n };
}
