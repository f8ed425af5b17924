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

/** `{ ALT }` alternatives for OR, from functions made once. */
const alts = (...fns: (() => unknown)[]) => fns.map((ALT) => ({ ALT }));

// Every function a rule passes to chevrotain (OR's alternatives, MANY's and OPTION's bodies) is
// made once, as a field, not in the rule's body: that body runs at every parse of the rule,
// and each arrow function in it would be made anew each time (and, under tsx, named by a call
// of its own), which was most of the time a parse took.
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
  private readonly terminators = new Map([EOF, T.RBrace].map((closer) => [closer, {
    DEF: [
      { ALT: () => this.CONSUME9(T.Sep) },
      { GATE: () => this.LA(1).tokenType === closer || this.LA(1).tokenType === EOF,
        ALT: EMPTY_ALT() },
    ],
    ERR_MSG: "end of line",
  }]));

  private terminator(closer: TokenType): void {
    this.OR9(this.terminators.get(closer)!);
  }

  private readonly programItems = alts(() => this.SUBRULE(this.topItem),
    () => this.CONSUME(T.Sep));
  private readonly programItem = () => this.OR(this.programItems);
  program = this.RULE("program", () => {
    this.MANY(this.programItem);
  });

  private readonly topItems = {
    DEF: alts(() => this.SUBRULE(this.dimDecl), () => this.SUBRULE(this.importDecl),
      () => this.SUBRULE(this.layerDecl), () => this.SUBRULE(this.modelDecl)),
    ERR_MSG: topLevelStart,
  };
  topItem = this.RULE("topItem", () => {
    this.OR(this.topItems);
    this.terminator(EOF);
  });

  dimDecl = this.RULE("dimDecl", () => {
    this.CONSUME(T.Dim);
    this.CONSUME(T.Identifier);
    // `dim B <= 64`: a bound, any size up to it fed at run time (docs/language.md).
    this.OR([{ ALT: () => this.CONSUME(T.Equals) }, { ALT: () => this.CONSUME(T.LessEq) }]);
    this.SUBRULE(this.expression);
  });

  importDecl = this.RULE("importDecl", () => {
    this.CONSUME(T.Import);
    this.CONSUME(T.StringLit);
  });

  private readonly hyperParams = { SEP: T.Comma, DEF: () => this.SUBRULE(this.hyperParam) };
  private readonly tensorParams = { SEP: T.Comma, DEF: () => this.SUBRULE(this.tensorParam) };
  layerDecl = this.RULE("layerDecl", () => {
    this.CONSUME(T.Layer);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    this.MANY_SEP(this.hyperParams);
    this.CONSUME(T.RParen);
    this.CONSUME2(T.LParen);
    this.MANY_SEP2(this.tensorParams);
    this.CONSUME2(T.RParen);
    this.SUBRULE(this.block);
  });

  private readonly defaultValue = () => {
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  };
  hyperParam = this.RULE("hyperParam", () => {
    this.SUBRULE(this.paramName);
    this.OPTION(this.defaultValue);
  });

  private readonly patterns = alts(() => this.SUBRULE(this.tensorType),
    () => this.SUBRULE(this.shape));
  tensorParam = this.RULE("tensorParam", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.OR(this.patterns);
    this.OPTION(this.defaultValue);
  });

  modelDecl = this.RULE("modelDecl", () => {
    this.CONSUME(T.Model);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.block);
  });

  private readonly blockItems = alts(() => this.SUBRULE(this.statement),
    () => this.CONSUME(T.Sep));
  private readonly blockItem = () => this.OR(this.blockItems);
  block = this.RULE("block", () => {
    this.CONSUME(T.LBrace);
    this.MANY(this.blockItem);
    this.CONSUME(T.RBrace);
  });

  private readonly statements = {
    DEF: alts(
      () => this.SUBRULE(this.inputStmt),
      () => this.SUBRULE(this.paramStmt),
      () => this.SUBRULE(this.updateStmt),
      () => this.SUBRULE(this.outputStmt),
      () => this.SUBRULE(this.forStmt),
      () => this.SUBRULE(this.trainStmt),
      () => this.SUBRULE(this.returnStmt),
      () => this.SUBRULE(this.assignStmt),
      () => this.SUBRULE(this.tupleAssignStmt),
    ),
    ERR_MSG: "a statement",
  };
  statement = this.RULE("statement", () => {
    this.OR(this.statements);
    this.terminator(T.RBrace);
  });

  inputStmt = this.RULE("inputStmt", () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.tensorType);
  });

  /** `param` and `state` share a shape: `KEYWORD NAME: [dims] = INIT`. */
  private readonly paramKeywords = alts(() => this.CONSUME(T.Param, { LABEL: "keyword" }),
    () => this.CONSUME(T.State, { LABEL: "keyword" }));
  paramStmt = this.RULE("paramStmt", () => {
    this.OR(this.paramKeywords);
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
    this.OPTION(this.defaultValue);
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

  private readonly selectors = { SEP: T.Comma, DEF: () => this.SUBRULE(this.selector) };
  private readonly over = () => {
    this.CONSUME(T.Over);
    this.AT_LEAST_ONE_SEP(this.selectors);
  };
  trainStmt = this.RULE("trainStmt", () => {
    this.CONSUME(T.Train);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Minimize);
    this.SUBRULE(this.expression, { LABEL: "loss" });
    this.OPTION(this.over);
    this.CONSUME(T.With);
    this.SUBRULE2(this.expression, { LABEL: "optimizer" });
  });

  private readonly selectorPart = () => {
    this.CONSUME(T.Dot);
    this.CONSUME2(T.Identifier);
  };
  selector = this.RULE("selector", () => {
    this.CONSUME(T.Identifier);
    this.MANY(this.selectorPart);
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

  private readonly targets = { SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) };
  tupleAssignStmt = this.RULE("tupleAssignStmt", () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP(this.targets);
    this.CONSUME(T.RParen);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
  });

  private readonly dtypes = alts(() => this.CONSUME(T.F32, { LABEL: "dtype" }),
    () => this.CONSUME(T.I32, { LABEL: "dtype" }));
  tensorType = this.RULE("tensorType", () => {
    this.OR(this.dtypes);
    this.SUBRULE(this.shape);
  });

  // `...` (any number of axes) belongs to layer argument patterns; syntax.ts reports it
  // anywhere else, which reads better than a bare syntax error.
  private readonly dims = {
    SEP: T.Comma,
    DEF: () => this.OR(this.dimItems),
  };
  private readonly dimItems = alts(() => this.CONSUME(T.Ellipsis),
    () => this.SUBRULE(this.expression));
  shape = this.RULE("shape", () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP(this.dims);
    this.CONSUME(T.RBracket);
  });

  // Expressions, lowest precedence first. Operand lists keep their order in the CST, so
  // `syntax.ts` folds them left to right.

  private readonly conditional = () => {
    this.CONSUME(T.Question);
    this.SUBRULE(this.expression, { LABEL: "then" });
    this.CONSUME(T.Colon);
    this.SUBRULE2(this.expression, { LABEL: "else" });
  };
  expression = this.RULE("expression", () => {
    this.SUBRULE(this.pipeExpr, { LABEL: "cond" });
    this.OPTION(this.conditional);
  });

  private readonly piped = () => {
    this.CONSUME(T.Pipe);
    this.SUBRULE2(this.comparison, { LABEL: "operand" });
  };
  pipeExpr = this.RULE("pipeExpr", () => {
    this.SUBRULE(this.comparison, { LABEL: "operand" });
    this.MANY(this.piped);
  });

  comparison = this.binaryLevel("comparison", T.comparisonOps, () => this.additive);
  additive = this.binaryLevel("additive", T.additiveOps, () => this.multiplicative);
  multiplicative = this.binaryLevel("multiplicative", T.multiplicativeOps, () => this.unary);

  private readonly unaries = {
    DEF: alts(() => {
      this.CONSUME(T.Minus);
      this.SUBRULE(this.unary);
    }, () => this.SUBRULE(this.power)),
    ERR_MSG: "an expression",
  };
  unary = this.RULE("unary", () => {
    this.OR(this.unaries);
  });

  // `**` is right-associative and its right side may be negative: `2 ** -1`, `a ** b ** c`.
  private readonly exponent = () => {
    this.CONSUME(T.StarStar);
    this.SUBRULE(this.unary);
  };
  power = this.RULE("power", () => {
    this.SUBRULE(this.postfix);
    this.OPTION(this.exponent);
  });

  private readonly suffixes = () => this.SUBRULE(this.suffix);
  postfix = this.RULE("postfix", () => {
    this.SUBRULE(this.primary);
    this.MANY(this.suffixes);
  });

  private readonly suffixKinds = alts(() => this.SUBRULE(this.callSuffix),
    () => this.SUBRULE(this.memberSuffix), () => this.SUBRULE(this.indexSuffix));
  suffix = this.RULE("suffix", () => {
    this.OR(this.suffixKinds);
  });

  private readonly callArgs = { SEP: T.Comma, DEF: () => this.SUBRULE(this.arg) };
  callSuffix = this.RULE("callSuffix", () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP(this.callArgs);
    this.CONSUME(T.RParen);
  });

  private readonly argName = () => {
    this.SUBRULE(this.paramName);
    this.CONSUME(T.Equals);
  };
  arg = this.RULE("arg", () => {
    this.OPTION(this.argName);
    this.SUBRULE(this.expression);
  });

  // `dim` starts a top-level declaration, and is an ordinary name anywhere else: the
  // contract's `Embedding(vocab, dim)` has a hyperparameter of that name.
  private readonly paramNames = alts(() => this.CONSUME(T.Identifier),
    () => this.CONSUME(T.Dim, { LABEL: "Identifier" }));
  paramName = this.RULE("paramName", () => {
    this.OR(this.paramNames);
  });

  memberSuffix = this.RULE("memberSuffix", () => {
    this.CONSUME(T.Dot);
    this.CONSUME(T.Identifier);
  });

  private readonly indexItems = {
    SEP: T.Comma, DEF: () => this.SUBRULE(this.indexItem), ERR_MSG: "an index",
  };
  indexSuffix = this.RULE("indexSuffix", () => {
    this.CONSUME(T.LBracket);
    this.AT_LEAST_ONE_SEP(this.indexItems);
    this.CONSUME(T.RBracket);
  });

  /** `e`, `a:b`, `a:`, `:b` or `:`. */
  private readonly rangeEnd = () => this.SUBRULE(this.expression, { LABEL: "end" });
  private readonly startEnd = () => this.SUBRULE3(this.expression, { LABEL: "end" });
  private readonly rangeFrom = () => {
    this.CONSUME2(T.Colon);
    this.OPTION3(this.startEnd);
  };
  private readonly indexKinds = alts(() => {
    this.CONSUME(T.Colon);
    this.OPTION(this.rangeEnd);
  }, () => {
    this.SUBRULE2(this.expression, { LABEL: "start" });
    this.OPTION2(this.rangeFrom);
  });
  indexItem = this.RULE("indexItem", () => {
    this.OR(this.indexKinds);
  });

  private readonly primaries = {
    DEF: alts(
      () => this.CONSUME(T.NumberLit),
      () => this.CONSUME(T.StringLit),
      () => this.CONSUME(T.True),
      () => this.CONSUME(T.False),
      () => this.CONSUME(T.Identifier),
      () => this.CONSUME(T.Dim, { LABEL: "Identifier" }),
      () => this.SUBRULE(this.parenExpr),
      () => this.SUBRULE(this.listExpr),
    ),
    ERR_MSG: "an expression",
  };
  primary = this.RULE("primary", () => {
    this.OR(this.primaries);
  });

  /** `(e)` is e itself; `(a, b, ...)` is a tuple. */
  private readonly items = {
    SEP: T.Comma, DEF: () => this.SUBRULE(this.expression), ERR_MSG: "an expression",
  };
  parenExpr = this.RULE("parenExpr", () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP(this.items);
    this.CONSUME(T.RParen);
  });

  private readonly listItems = { SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) };
  listExpr = this.RULE("listExpr", () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP(this.listItems);
    this.CONSUME(T.RBracket);
  });

  /** A left-associative level: `operand (op operand)*`. */
  private binaryLevel(name: string, ops: TokenType[], next: () => (() => unknown)) {
    const operators = alts(...ops.map((op) => () => this.CONSUME(op, { LABEL: "op" })));
    const more = () => {
      this.OR(operators);
      this.SUBRULE2(next() as never, { LABEL: "operand" });
    };
    return this.RULE(name, () => {
      this.SUBRULE(next() as never, { LABEL: "operand" });
      this.MANY(more);
    });
  }
}

let instance: KilnParser | undefined;

/** The one parser, built at its first use (chevrotain's analysis of the grammar costs more than
 * the rest of loading the compiler); set its `input` to a token vector, then call `program()`. */
export const kilnParser = (): KilnParser => (instance ??= new KilnParser());
