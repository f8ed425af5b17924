// The grammar of .kiln files, as one chevrotain CstParser reused for every parse (building
// a parser runs a costly self-analysis). Error recovery is on, so one run reports every
// syntax error; `syntax.ts` turns the concrete tree into the AST of `ast.ts`.
import {
  CstParser, EOF, EMPTY_ALT, tokenLabel,
  type IParserErrorMessageProvider, type IToken, type TokenType,
} from "chevrotain";
import * as T from "./tokens.ts";

/** How a token kind reads in a message: `'='`, `a name`, `end of line`, `end of file`. */
function describeType(type: TokenType): string {
  return type === EOF ? "end of file" : tokenLabel(type);
}

function describeFound(tok: IToken): string {
  return describeType(tok.tokenType);
}

function oneOf(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? "something else";
  return `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}

const topLevelStart = "'dim', 'layer', 'model' or 'import'";

/** Messages read `expected X but found Y`, in the user's words rather than token ids. */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    let want = describeType(expected);
    // Both come from a repetition of items stopping at something that cannot start one.
    if (expected === EOF && ruleName === "program") want = topLevelStart;
    if (expected === T.RBrace && ruleName === "block" && actual.tokenType !== EOF) {
      want = "a statement or '}'";
    }
    return `expected ${want} but found ${describeFound(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected ${topLevelStart} but found ${describeFound(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, customUserDescription }) {
    const want = customUserDescription
      ?? oneOf(expectedPathsPerAlt.flat().map((path) => describeType(path[0])));
    return `expected ${want} but found ${describeFound(actual[0])}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription }) {
    const want = customUserDescription
      ?? oneOf(expectedIterationPaths.map((path) => describeType(path[0])));
    return `expected ${want} but found ${describeFound(actual[0])}`;
  },
};

/** Thrown when the parser has recorded as many errors as it may (parse.ts stops there). */
export const TOO_MANY_ERRORS = new Error("too many syntax errors");

/** Chevrotain records each syntax error through this method of its error-handling trait. */
const saveError = (CstParser.prototype as unknown as { SAVE_ERROR(e: unknown): unknown }).SAVE_ERROR;

class KilnParser extends CstParser {
  /** The parser gives up after recording this many errors: recovering from each costs time,
   * so a file of a million broken lines would otherwise take minutes. Set per parse. */
  maxErrors = Infinity;

  constructor() {
    // Node offsets let syntax.ts span a node without walking its tokens.
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider: messages,
      nodeLocationTracking: "onlyOffset" });
    this.performSelfAnalysis();
  }

  protected SAVE_ERROR(e: unknown): unknown {
    if (this.errors.length >= this.maxErrors) throw TOO_MANY_ERRORS;
    return saveError.call(this, e);
  }

  // An item ends at a separator, or just before what closes its block or the file. The
  // gated empty alternative turns `x = 1 y = 2` into "expected end of line but found a name".
  // Blocks also accept a bare separator as an item: that puts `Sep` in the follow set of an
  // item, so recovery from an error inside one resumes at the next line, not further out.
  private terminator(closer: TokenType): void {
    this.OR9({
      DEF: [
        { ALT: () => this.CONSUME9(T.Sep) },
        { GATE: () => this.LA(1).tokenType === closer || this.LA(1).tokenType === EOF,
          ALT: EMPTY_ALT() },
      ],
      ERR_MSG: "end of line",
    });
  }

  program = this.RULE("program", () => {
    this.MANY(() => this.OR([
      { ALT: () => this.SUBRULE(this.topItem) },
      { ALT: () => this.CONSUME(T.Sep) },
    ]));
  });

  topItem = this.RULE("topItem", () => {
    this.OR({
      DEF: [
        { ALT: () => this.SUBRULE(this.dimDecl) },
        { ALT: () => this.SUBRULE(this.importDecl) },
        { ALT: () => this.SUBRULE(this.layerDecl) },
        { ALT: () => this.SUBRULE(this.modelDecl) },
      ],
      ERR_MSG: topLevelStart,
    });
    this.terminator(EOF);
  });

  dimDecl = this.RULE("dimDecl", () => {
    this.CONSUME(T.Dim);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  importDecl = this.RULE("importDecl", () => {
    this.CONSUME(T.Import);
    this.CONSUME(T.StringLit);
  });

  layerDecl = this.RULE("layerDecl", () => {
    this.CONSUME(T.Layer);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.hyperParam) });
    this.CONSUME(T.RParen);
    this.CONSUME2(T.LParen);
    this.MANY_SEP2({ SEP: T.Comma, DEF: () => this.SUBRULE(this.tensorParam) });
    this.CONSUME2(T.RParen);
    this.SUBRULE(this.block);
  });

  hyperParam = this.RULE("hyperParam", () => {
    this.SUBRULE(this.paramName);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression);
    });
  });

  tensorParam = this.RULE("tensorParam", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.OR([
      { ALT: () => this.SUBRULE(this.tensorType) },
      { ALT: () => this.SUBRULE(this.shape) },
    ]);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression);
    });
  });

  modelDecl = this.RULE("modelDecl", () => {
    this.CONSUME(T.Model);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.block);
  });

  block = this.RULE("block", () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.OR([
      { ALT: () => this.SUBRULE(this.statement) },
      { ALT: () => this.CONSUME(T.Sep) },
    ]));
    this.CONSUME(T.RBrace);
  });

  statement = this.RULE("statement", () => {
    this.OR({
      DEF: [
        { ALT: () => this.SUBRULE(this.inputStmt) },
        { ALT: () => this.SUBRULE(this.paramStmt) },
        { ALT: () => this.SUBRULE(this.updateStmt) },
        { ALT: () => this.SUBRULE(this.outputStmt) },
        { ALT: () => this.SUBRULE(this.forStmt) },
        { ALT: () => this.SUBRULE(this.trainStmt) },
        { ALT: () => this.SUBRULE(this.returnStmt) },
        { ALT: () => this.SUBRULE(this.assignStmt) },
        { ALT: () => this.SUBRULE(this.tupleAssignStmt) },
      ],
      ERR_MSG: "a statement",
    });
    this.terminator(T.RBrace);
  });

  inputStmt = this.RULE("inputStmt", () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.tensorType);
  });

  /** `param` and `state` share a shape: `KEYWORD NAME: [dims] = INIT`. */
  paramStmt = this.RULE("paramStmt", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Param, { LABEL: "keyword" }) },
      { ALT: () => this.CONSUME(T.State, { LABEL: "keyword" }) },
    ]);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.shape);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  updateStmt = this.RULE("updateStmt", () => {
    this.CONSUME(T.Update);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  outputStmt = this.RULE("outputStmt", () => {
    this.CONSUME(T.Output);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression);
    });
  });

  forStmt = this.RULE("forStmt", () => {
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.In);
    this.SUBRULE(this.expression, { LABEL: "from" });
    this.CONSUME(T.DotDot);
    this.SUBRULE2(this.expression, { LABEL: "to" });
    this.SUBRULE(this.block);
  });

  trainStmt = this.RULE("trainStmt", () => {
    this.CONSUME(T.Train);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Minimize);
    this.SUBRULE(this.expression, { LABEL: "loss" });
    this.OPTION(() => {
      this.CONSUME(T.Over);
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.selector) });
    });
    this.CONSUME(T.With);
    this.SUBRULE2(this.expression, { LABEL: "optimizer" });
  });

  selector = this.RULE("selector", () => {
    this.CONSUME(T.Identifier);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Identifier);
    });
  });

  returnStmt = this.RULE("returnStmt", () => {
    this.CONSUME(T.Return);
    this.SUBRULE(this.expression);
  });

  assignStmt = this.RULE("assignStmt", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  tupleAssignStmt = this.RULE("tupleAssignStmt", () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
    this.CONSUME(T.RParen);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  tensorType = this.RULE("tensorType", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.F32, { LABEL: "dtype" }) },
      { ALT: () => this.CONSUME(T.I32, { LABEL: "dtype" }) },
    ]);
    this.SUBRULE(this.shape);
  });

  // `...` (any number of axes) belongs to layer argument patterns; syntax.ts reports it
  // anywhere else, which reads better than a bare syntax error.
  shape = this.RULE("shape", () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.OR([
      { ALT: () => this.CONSUME(T.Ellipsis) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]) });
    this.CONSUME(T.RBracket);
  });

  // Expressions, lowest precedence first. Operand lists keep their order in the CST, so
  // `syntax.ts` folds them left to right.

  expression = this.RULE("expression", () => {
    this.SUBRULE(this.pipeExpr, { LABEL: "cond" });
    this.OPTION(() => {
      this.CONSUME(T.Question);
      this.SUBRULE(this.expression, { LABEL: "then" });
      this.CONSUME(T.Colon);
      this.SUBRULE2(this.expression, { LABEL: "else" });
    });
  });

  pipeExpr = this.RULE("pipeExpr", () => {
    this.SUBRULE(this.comparison, { LABEL: "operand" });
    this.MANY(() => {
      this.CONSUME(T.Pipe);
      this.SUBRULE2(this.comparison, { LABEL: "operand" });
    });
  });

  comparison = this.binaryLevel("comparison", T.comparisonOps, () => this.additive);
  additive = this.binaryLevel("additive", T.additiveOps, () => this.multiplicative);
  multiplicative = this.binaryLevel("multiplicative", T.multiplicativeOps, () => this.unary);

  unary = this.RULE("unary", () => {
    this.OR({
      DEF: [
        { ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.unary);
        } },
        { ALT: () => this.SUBRULE(this.power) },
      ],
      ERR_MSG: "an expression",
    });
  });

  // `**` is right-associative and its right side may be negative: `2 ** -1`, `a ** b ** c`.
  power = this.RULE("power", () => {
    this.SUBRULE(this.postfix);
    this.OPTION(() => {
      this.CONSUME(T.StarStar);
      this.SUBRULE(this.unary);
    });
  });

  postfix = this.RULE("postfix", () => {
    this.SUBRULE(this.primary);
    this.MANY(() => this.SUBRULE(this.suffix));
  });

  suffix = this.RULE("suffix", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.callSuffix) },
      { ALT: () => this.SUBRULE(this.memberSuffix) },
      { ALT: () => this.SUBRULE(this.indexSuffix) },
    ]);
  });

  callSuffix = this.RULE("callSuffix", () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.arg) });
    this.CONSUME(T.RParen);
  });

  arg = this.RULE("arg", () => {
    this.OPTION(() => {
      this.SUBRULE(this.paramName);
      this.CONSUME(T.Equals);
    });
    this.SUBRULE(this.expression);
  });

  // `dim` starts a top-level declaration, and is an ordinary name anywhere else: the
  // contract's `Embedding(vocab, dim)` has a hyperparameter of that name.
  paramName = this.RULE("paramName", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.Dim, { LABEL: "Identifier" }) },
    ]);
  });

  memberSuffix = this.RULE("memberSuffix", () => {
    this.CONSUME(T.Dot);
    this.CONSUME(T.Identifier);
  });

  indexSuffix = this.RULE("indexSuffix", () => {
    this.CONSUME(T.LBracket);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma, DEF: () => this.SUBRULE(this.indexItem), ERR_MSG: "an index",
    });
    this.CONSUME(T.RBracket);
  });

  /** `e`, `a:b`, `a:`, `:b` or `:`. */
  indexItem = this.RULE("indexItem", () => {
    this.OR([
      { ALT: () => {
        this.CONSUME(T.Colon);
        this.OPTION(() => this.SUBRULE(this.expression, { LABEL: "end" }));
      } },
      { ALT: () => {
        this.SUBRULE2(this.expression, { LABEL: "start" });
        this.OPTION2(() => {
          this.CONSUME2(T.Colon);
          this.OPTION3(() => this.SUBRULE3(this.expression, { LABEL: "end" }));
        });
      } },
    ]);
  });

  primary = this.RULE("primary", () => {
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(T.NumberLit) },
        { ALT: () => this.CONSUME(T.StringLit) },
        { ALT: () => this.CONSUME(T.True) },
        { ALT: () => this.CONSUME(T.False) },
        { ALT: () => this.CONSUME(T.Identifier) },
        { ALT: () => this.CONSUME(T.Dim, { LABEL: "Identifier" }) },
        { ALT: () => this.SUBRULE(this.parenExpr) },
        { ALT: () => this.SUBRULE(this.listExpr) },
      ],
      ERR_MSG: "an expression",
    });
  });

  /** `(e)` is e itself; `(a, b, ...)` is a tuple. */
  parenExpr = this.RULE("parenExpr", () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma, DEF: () => this.SUBRULE(this.expression), ERR_MSG: "an expression",
    });
    this.CONSUME(T.RParen);
  });

  listExpr = this.RULE("listExpr", () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
    this.CONSUME(T.RBracket);
  });

  /** A left-associative level: `operand (op operand)*`. */
  private binaryLevel(name: string, ops: TokenType[], next: () => (() => unknown)) {
    // Built once: the alternatives are the same at every call.
    const alternatives = ops.map((op) => ({ ALT: () => this.CONSUME(op, { LABEL: "op" }) }));
    return this.RULE(name, () => {
      this.SUBRULE(next() as never, { LABEL: "operand" });
      this.MANY(() => {
        this.OR(alternatives);
        this.SUBRULE2(next() as never, { LABEL: "operand" });
      });
    });
  }
}

let instance: KilnParser | undefined;

/** The one parser, built at its first use (chevrotain's analysis of the grammar costs more than
 * the rest of loading the compiler); set its `input` to a token vector, then call `program()`. */
export const kilnParser = (): KilnParser => (instance ??= new KilnParser());
