// The spam example at reduced size (320 emails, 2 epochs of each model): both compile and
// learn; the data keeps what a reader sees and drops what would give the answer away.
import { describe, expect, it } from "vitest";
import { emailWords, encodeEmail, loadSpam } from "../../examples/data/spam.ts";
import { trainSpam } from "../../examples/spam_bilstm.ts";

describe("examples/spam_bilstm", () => {
  it("reads the subject and the body, not the other headers or HTML tags", () => {
    const raw = "Received: from list.example.org\nSubject: Cheap $$ NOW!\nX-Spam: yes\n\n" +
      "<html><b>Buy</b> 2 get&nbsp;one</html>";
    expect(emailWords(raw)).toEqual(["cheap", "$", "$", "now", "!", "buy", "2", "get", "one"]);
  });

  it("splits without duplicates across the splits, and pads after each email's words", () => {
    const { train, test } = loadSpam();
    const seen = new Set(train.words.map((w) => w.join(" ")));
    expect(test.words.some((w) => seen.has(w.join(" ")))).toBe(false);
    const ids = new Int32Array(6);
    expect(encodeEmail(["a", "zz", "b"], new Map([["a", 2], ["b", 3]]), 6, ids, 0)).toBe(3);
    expect(Array.from(ids)).toEqual([2, 1, 3, 0, 0, 0]);
  });

  it("learns: both models' losses fall", async () => {
    const r = await trainSpam({ epochs: 2, baselineEpochs: 2, limit: 320, quiet: true });
    for (const run of [r.baseline, r.lstm]) {
      expect(run.losses.every(Number.isFinite)).toBe(true);
      expect(run.losses[1]).toBeLessThan(run.losses[0]);
    }
  }, 120_000);
});
