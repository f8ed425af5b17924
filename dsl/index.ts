// The front end: .kiln source to syntax tree, and back.
export { parse, type ParseResult } from "./parse.ts";
export { printExpr, printProgram, stripSpans } from "./print.ts";
export type * from "./ast.ts";
export { format, type FormatOptions, type FormatResult } from "./format.ts";
