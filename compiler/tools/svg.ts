// Drawing dot as SVG with Graphviz compiled to WebAssembly (@viz-js/viz, pinned in
// package.json): no Graphviz program needs to be installed.
import { instance } from "@viz-js/viz";

let viz: Awaited<ReturnType<typeof instance>> | undefined;

export async function dotToSvg(dot: string): Promise<string> {
  viz ??= await instance();
  return viz.renderString(dot, { format: "svg" });
}
