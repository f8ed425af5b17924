// What the export of a model knows: its source, its elaboration and where its text is.
import type { Span, TopLevel } from "../../../dsl/ast.ts";
import type { Instance } from "../../front/values.ts";
import type { ModelIR } from "../../model.ts";

export type ModelItem = Extract<TopLevel, { kind: "model" }>;

export interface ModelParts {
  item: ModelItem;
  ir: ModelIR;
  /** The model's instances by binding name, as elaboration made them. */
  instances: ReadonlyMap<string, Instance>;
  /** Source text at a span, for docstrings. */
  text(span: Span): string;
  where(span: Span): string;
  /** The Python class's name. */
  className: string;
}

