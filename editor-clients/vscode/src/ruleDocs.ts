// "Show rule documentation…": `answerlint rules` in a quick pick, `answerlint explain RULE` in a Markdown preview.
import { execFile } from "node:child_process";
import * as vscode from "vscode";
import { AnswerlintCommand } from "./serverCommand";

export const SCHEME = "answerlint-rule";

interface RuleInfo {
  name: string;
  code: string;
  family: string;
  severity: string;
  summary: string;
}

/** Serves `answerlint-rule:/NAME.md` documents: the output of `answerlint explain NAME`. */
export class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly command: () => AnswerlintCommand) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const rule = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    return run(this.command(), ["explain", rule]);
  }
}

export async function showRuleDocs(command: AnswerlintCommand, rule?: string): Promise<void> {
  if (!rule) {
    const rules = JSON.parse(await run(command, ["rules", "--format", "json"])) as RuleInfo[];
    const underCursor = rulesAtCursor();
    const items = rules
      .map((r) => ({
        label: `${r.code} ${r.name}`,
        description: `${r.family} · ${r.severity}`,
        detail: r.summary,
        name: r.name,
        atCursor: underCursor.has(r.name) || underCursor.has(r.code),
      }))
      .sort((a, b) => Number(b.atCursor) - Number(a.atCursor));
    const picked = await vscode.window.showQuickPick(items, { title: "answerlint rule", matchOnDetail: true });
    if (!picked) {
      return;
    }
    rule = picked.name;
  }
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${rule}.md` });
  await vscode.commands.executeCommand("markdown.showPreview", uri);
}

/** Codes of answerlint's diagnostics under the cursor, offered first. */
function rulesAtCursor(): Set<string> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return new Set();
  }
  const position = editor.selection.active;
  return new Set(
    vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => d.source === "answerlint" && d.range.contains(position))
      .map((d) => String(typeof d.code === "object" ? d.code.value : d.code)),
  );
}

function run(command: AnswerlintCommand, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command.command, [...command.prefix, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`answerlint ${args.join(" ")} failed: ${stderr.trim() || error.message}`));
      } else {
        resolve(stdout);
      }
    });
  });
}
