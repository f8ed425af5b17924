// Layout: text, line breaks that happen only if their group does not fit, groups, indents and
// line comments, rendered to fit a line width (Wadler's "prettier printer", as prettier does
// it). The printer builds documents from syntax trees; only this file measures them.

export type Doc =
  | string
  | Doc[]
  /** Its lines break together, and only if it does not fit on the rest of the line. */
  | { kind: "group"; doc: Doc }
  | { kind: "indent"; doc: Doc }
  /** `flat` (" " or "") in a group that fits; a newline and the indent otherwise. */
  | { kind: "line"; flat: string }
  | { kind: "hardline" }
  /** A comment ending a line, at `column` (0-based) if the code leaves two spaces before it;
   * further lines (a comment continued) start in the same column. Never measured. */
  | { kind: "comment"; lines: string[]; column: number };

export const line: Doc = { kind: "line", flat: " " };
export const softline: Doc = { kind: "line", flat: "" };
export const hardline: Doc = { kind: "hardline" };
export const group = (doc: Doc): Doc => ({ kind: "group", doc });
export const indent = (doc: Doc): Doc => ({ kind: "indent", doc });

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i === 0 ? [d] : [separator, d]));
}

type Command = { indent: number; flat: boolean; doc: Doc };

/** The document as text, lines at most `width` long where its groups allow. */
export function render(doc: Doc, width: number, step = 2): string {
  const out: string[] = [];
  let column = 0;
  const stack: Command[] = [{ indent: 0, flat: false, doc }];
  const newline = (n: number) => {
    out.push(`\n${" ".repeat(n)}`);
    column = n;
  };
  while (stack.length) {
    const { indent: at, flat, doc: d } = stack.pop()!;
    if (typeof d === "string") {
      out.push(d);
      column += d.length;
    } else if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push({ indent: at, flat, doc: d[i] });
    } else if (d.kind === "indent") {
      stack.push({ indent: at + step, flat, doc: d.doc });
    } else if (d.kind === "group") {
      const fitsFlat = flat || fits(d.doc, stack, width - column);
      stack.push({ indent: at, flat: fitsFlat, doc: d.doc });
    } else if (d.kind === "line") {
      if (flat) {
        out.push(d.flat);
        column += d.flat.length;
      } else newline(at);
    } else if (d.kind === "hardline") {
      newline(at);
    } else {
      const start = Math.max(d.column, column + 2);
      out.push(" ".repeat(start - column), d.lines.join(`\n${" ".repeat(start)}`));
      column = start + d.lines[d.lines.length - 1].length;
    }
  }
  // Blank lines were written with their indent.
  return out.join("").replace(/[ \t]+$/gm, "");
}

/** Whether `doc`, flat, and what follows it up to the next line break fit in `room`. */
function fits(doc: Doc, rest: readonly Command[], room: number): boolean {
  const todo: { flat: boolean; doc: Doc }[] = [{ flat: true, doc }];
  let next = rest.length;
  while (room >= 0) {
    const item = todo.pop();
    if (item === undefined) {
      if (next === 0) return true;
      todo.push(rest[--next]);
      continue;
    }
    const d = item.doc;
    if (typeof d === "string") room -= d.length;
    else if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) todo.push({ flat: item.flat, doc: d[i] });
    } else if (d.kind === "group" || d.kind === "indent") todo.push({ flat: item.flat, doc: d.doc });
    else if (d.kind === "line" && item.flat) room -= d.flat.length;
    else return true;
  }
  return false;
}
