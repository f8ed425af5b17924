// The browser benchmark's Kiln contenders (Chromium, Node, Chromium under a strict CSP), a few
// steps each, so `npm run bench -- browser` cannot rot unnoticed. No timing is asserted.
import { describe, expect, it } from "vitest";
import { browserTrain } from "../../bench/browser.ts";
import { QUICK } from "../../bench/harness.ts";
import { skipBrowserTests } from "../support/chromium.ts";

describe.skipIf(skipBrowserTests())("browser bench", () => {
  it("trains the same MLP in Chromium, in Node and under a strict CSP, and times each", async () => {
    const r = await browserTrain(QUICK, false);
    expect(r.rows.map((x) => x.impl))
      .toEqual(["Kiln, Chromium", "Kiln, Node", "Kiln, Chromium, strict CSP (JS loops)"]);
    for (const row of r.rows) expect(row.samplesPerSec).toBeGreaterThan(0);
    const [l0, , l2] = Object.values(r.check)[0];
    expect(l0).toBeGreaterThan(1); // ~ln(10) for a fresh 10-class model
    expect(l2).toBeLessThan(l0);
    expect(r.maxLossDiff).toBeLessThan(1e-4);
  });
});
