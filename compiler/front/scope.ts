// Scopes and frames: where names are bound while a model or a layer body runs.
import type { Span } from "../../dsl/ast.ts";
import type { Instance, Value } from "./values.ts";

export class Scope {
  readonly vars = new Map<string, Value>();
  /** Where each name of `vars` was bound, if the source writes it (an editor's definition). */
  readonly spans = new Map<string, Span>();
  constructor(readonly parent?: Scope) {}
  get(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.get(name);
  }
  set(name: string, value: Value, span: Span): void {
    this.vars.set(name, value);
    this.spans.set(name, span);
  }
  /** Where the binding `name` reaches was made. */
  definedAt(name: string): Span | undefined {
    return this.vars.has(name) ? this.spans.get(name) : this.parent?.definedAt(name);
  }
  names(): string[] {
    return [...this.vars.keys(), ...(this.parent?.names() ?? [])];
  }
}

export const POISON: Value = { kind: "poison" };

/** Where statements run: the model body, or the body of a layer instance being called. */
export interface Frame {
  scope: Scope;
  inst?: Instance;
  returned?: Value;
  /** Declared inputs, params and state by name, with the statement that declared them. */
  declared: Map<string, Span>;
}
