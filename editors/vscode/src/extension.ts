// The Kiln extension: highlighting and language configuration are declared in package.json;
// everything else comes from the language server, `kiln lsp`, started here over stdio.
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import {
  LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(vscode.commands.registerCommand("kiln.restartServer", async () => {
    await client?.stop();
    await start();
  }));
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function start(): Promise<void> {
  const command = kilnCommand();
  const server: ServerOptions = {
    command, args: ["lsp"], transport: TransportKind.stdio,
    // `kiln` installed by npm on Windows is a .cmd script, which only a shell runs.
    options: { shell: process.platform === "win32" },
  };
  const options: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "kiln" },
      { scheme: "untitled", language: "kiln" }],
  };
  client = new LanguageClient("kiln", "Kiln", server, options);
  try {
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(`Kiln: could not start '${command} lsp' (${String(e)}). ` +
      "Install kiln in the workspace (npm install kiln) or set kiln.server.path.");
  }
}

/** The setting, else the workspace's own install (as eslint and prettier do), else the PATH. */
function kilnCommand(): string {
  const configured = vscode.workspace.getConfiguration("kiln").get<string>("server.path");
  if (configured) return configured;
  const bin = process.platform === "win32" ? "kiln.cmd" : "kiln";
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, "node_modules", ".bin", bin);
    if (existsSync(local)) return local;
  }
  return "kiln";
}
