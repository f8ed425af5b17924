// A one-line progress bar for training loops: redrawn in place on a terminal, printed once
// per call to done() elsewhere (CI logs stay short).
export class Progress {
  private i = 0;
  private last = 0;
  private readonly start = performance.now();
  private readonly tty = Boolean(process.stdout.isTTY);

  constructor(private readonly label: string, private readonly total: number) {}

  tick(info = ""): void {
    this.i++;
    const now = performance.now();
    if (!this.tty || (now - this.last < 100 && this.i < this.total)) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((width * this.i) / this.total);
    const bar = "#".repeat(filled) + ".".repeat(width - filled);
    process.stdout.write(`\r${this.label} [${bar}] ${this.i}/${this.total} ${info}  `);
  }

  done(info = ""): void {
    const secs = ((performance.now() - this.start) / 1000).toFixed(1);
    process.stdout.write(`${this.tty ? "\r" : ""}${this.label}: ${info} (${secs} s)` +
      `${" ".repeat(20)}\n`);
  }
}
