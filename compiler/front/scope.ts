// Scopes and frames: where names are bound while a model or a layer body runs.
import type { Span } from "../../dsl/ast.ts";
import type { Instance, Value } from "./values.ts";

export class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent?: Scope) {}
  get(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.get(name);
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
