// Kiln names as Python identifiers. A Kiln name is letters, digits and `_`, so it is already
// a Python identifier; it changes only where Python or the exported module gives the name
// a meaning of its own, and then by one trailing `_`. Names that end in `_` or start with
// `_` take one too, so the renaming is one-to-one: a renamed name always ends in `_`, a
// kept one never does.

const KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
  "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield"];

/** Python's built-in names: a module-level `len = 3` would break every function below it. */
const PY_BUILTINS = ["abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
  "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
  "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
  "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
  "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
  "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed",
  "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
  "type", "vars", "zip", "Exception", "ValueError", "TypeError", "KeyError", "RuntimeError",
  "NotImplemented", "Ellipsis"];

/** What an attribute must not be called on a torch.nn.Module (torch 1.13 to 2.x). */
const MODULE_MEMBERS = ["T_destination", "add_module", "apply", "bfloat16", "buffers",
  "call_super_init", "children", "compile", "cpu", "cuda", "double", "dump_patches", "eval",
  "extra_repr", "float", "forward", "get_buffer", "get_extra_state", "get_parameter",
  "get_submodule", "half", "ipu", "load_state_dict", "modules", "mtia", "named_buffers",
  "named_children", "named_modules", "named_parameters", "parameters", "register_backward_hook",
  "register_buffer", "register_forward_hook", "register_forward_pre_hook",
  "register_full_backward_hook", "register_full_backward_pre_hook",
  "register_load_state_dict_post_hook", "register_load_state_dict_pre_hook",
  "register_module", "register_parameter", "register_state_dict_post_hook",
  "register_state_dict_pre_hook", "requires_grad_", "set_extra_state", "set_submodule",
  "share_memory", "state_dict", "to", "to_empty", "train", "training", "type", "xpu",
  "zero_grad"];

/** Attributes the exported runtime gives every layer and model (runtime.py). */
const KILN_MEMBERS = ["kiln", "kiln_anchor", "optimizers", "make_optimizers", "predict",
  "load_safetensors", "save_safetensors", "kiln_tensor", "kiln_ready", "PARAMS", "STATE",
  "ATTRS", "STEPS", "MODEL"];

/** Names the generated functions use besides the model's own. */
const FUNCTION_NAMES = ["self", "kiln", "torch", "nn", "F", "math", "range"];

function mangle(name: string, reserved: ReadonlySet<string>): string {
  return reserved.has(name) || name.startsWith("_") || name.endsWith("_") ? `${name}_` : name;
}

export class PythonNames {
  private readonly globals: Set<string>;
  private readonly locals: Set<string>;
  private readonly attributes: Set<string>;

  /** `runtimeNames`: what the Python runtime defines at module level (runtime.ts). */
  constructor(runtimeNames: readonly string[]) {
    this.globals = new Set([...KEYWORDS, ...PY_BUILTINS, ...runtimeNames]);
    this.locals = new Set([...KEYWORDS, ...FUNCTION_NAMES, ...runtimeNames]);
    this.attributes = new Set([...KEYWORDS, ...MODULE_MEMBERS, ...KILN_MEMBERS]);
  }

  /** A module-level name: a dim, a layer or model class. */
  global(name: string): string {
    return mangle(name, this.globals);
  }

  /** A local variable or function parameter. `taken`: module-level names the function also
   * reads, which a local of the same name would hide. */
  local(name: string, taken: ReadonlySet<string> = new Set()): string {
    return taken.has(name) ? `${name}_` : mangle(name, this.locals);
  }

  /** An attribute of a layer or model module: a hyperparameter, param, state or instance. */
  attribute(name: string): string {
    return mangle(name, this.attributes);
  }

  /** A dotted Kiln name (`gen.l1.W`) as the attribute path that holds it. */
  path(dotted: string): string {
    return dotted.split(".").map((part) => this.attribute(part)).join(".");
  }
}
