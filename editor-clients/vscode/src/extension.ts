// Entry point: one language client for the window, and the answerlint commands.
import * as vscode from "vscode";
import { DidChangeConfigurationNotification, ExecuteCommandRequest, LanguageClient } from "vscode-languageclient/node";
import { createClient } from "./client";
import { RuleDocsProvider, SCHEME, showRuleDocs } from "./ruleDocs";
import { chooseScaffold } from "./scaffold";
import { AnswerlintCommand, INSTALL_HINT, NotFound, resolveCommand } from "./serverCommand";
import { serverSection } from "./serverSettings";

/** Changing one of these needs a new server process (the others reach the server as it runs). */
const RESTART_SETTINGS = ["answerlint.path", "answerlint.interpreter", "answerlint.run"];

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("answerlint");
  context.subscriptions.push(
    output,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, new RuleDocsProvider(commandOrThrow)),
    vscode.commands.registerCommand("answerlint.chooseScaffold", chooseScaffold),
    vscode.commands.registerCommand("answerlint.lintAllDrafts", lintAllDrafts),
    vscode.commands.registerCommand("answerlint.showRuleDocs", async (rule?: string) => {
      const command = commandOrReport();
      if (command) {
        await showRuleDocs(command, rule).catch(reportError);
      }
    }),
    vscode.commands.registerCommand("answerlint.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
        void restart();
      } else if (event.affectsConfiguration("answerlint") && client?.isRunning()) {
        // Sent here rather than through the client's `synchronize.configurationSection`, which also sends one
        // right after start-up: the server would re-lint and cancel the first diagnostics for nothing.
        void client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { answerlint: serverSection() },
        });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  const command = commandOrReport();
  if (!command) {
    return;
  }
  output.appendLine(
    `${new Date().toISOString()} starting ${[command.command, ...command.prefix, "server"].join(" ")} (from ${command.setting})`,
  );
  client = createClient(command, output);
  try {
    await client.start();
  } catch (error) {
    reportError(new Error(`the answerlint server did not start: ${messageOf(error)}. ${INSTALL_HINT}`));
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.dispose(2000);
    } catch (error) {
      output.appendLine(`Stopping the server: ${messageOf(error)}`);
    }
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function lintAllDrafts(): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage("answerlint: the language server is not running (see the answerlint output).");
    return;
  }
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: "answerlint.lintWorkspace",
    arguments: [],
  })) as { drafts: number; findings: number } | null;
  await vscode.commands.executeCommand("workbench.actions.view.problems");
  if (result) {
    void vscode.window.showInformationMessage(`answerlint: ${result.findings} findings in ${result.drafts} drafts.`);
  }
}

function commandOrThrow(): AnswerlintCommand {
  return resolveCommand();
}

function commandOrReport(): AnswerlintCommand | undefined {
  try {
    return resolveCommand();
  } catch (error) {
    if (!(error instanceof NotFound)) {
      throw error;
    }
    output.appendLine(`${error.message} ${INSTALL_HINT}`);
    // Not awaited: activation must not wait for the user to dismiss the message.
    void vscode.window.showErrorMessage(`answerlint: ${error.message} ${INSTALL_HINT}`, "Open Settings").then((choice) => {
      if (choice === "Open Settings") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "answerlint.");
      }
    });
    return undefined;
  }
}

function reportError(error: unknown): void {
  output.appendLine(messageOf(error));
  void vscode.window.showErrorMessage(`answerlint: ${messageOf(error)}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
