// The Web Worker the model trains in: runtime/app/worker.ts serves it (create imports the
// compiled module from the URL the page gives).
import { type Port, serveModel } from "../../runtime/app/worker.ts";

serveModel(self as unknown as Port);
