// The language client: starts `answerlint server` for Markdown files and answers its settings requests.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";
import { AnswerlintCommand } from "./serverCommand";
import { serverSection } from "./serverSettings";

export const DOCUMENT_SELECTOR = [
  { scheme: "file", language: "markdown" },
  { scheme: "untitled", language: "markdown" },
];

export function createClient(command: AnswerlintCommand, output: vscode.OutputChannel): LanguageClient {
  const run = { command: command.command, args: [...command.prefix, "server"], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  const lintOnType = vscode.workspace.getConfiguration("answerlint").get<string>("run", "onType") === "onType";
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: { settings: serverSection() },
    diagnosticPullOptions: { onChange: lintOnType, onSave: true },
    middleware: {
      workspace: {
        // The server asks for the `answerlint` section: give it the keys it knows, named as in answerlint.toml.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === "answerlint"
              ? serverSection(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i],
          );
        },
      },
    },
  };
  return new LanguageClient("answerlint", "answerlint", serverOptions, clientOptions);
}
