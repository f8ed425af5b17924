// The Web Worker of the app helpers' browser test: serves the module create() names.
import { type Port, serveModel } from "../../runtime/app/worker.ts";

// This project compiles with the DOM library, where `self` is a Window; here it is the
// worker's scope, whose postMessage and message events are a Port's.
serveModel(self as unknown as Port);
