// "Insert framework scaffold…": the server's scaffold code actions, one per framework, in a quick pick.
import * as vscode from "vscode";

/** The code action kind the server gives its scaffolds (see server/answerlint/lsp/actions.py). */
export const SCAFFOLD_KIND = vscode.CodeActionKind.Source.append("answerlint").append("scaffold");

interface ScaffoldItem extends vscode.QuickPickItem {
  action: vscode.CodeAction;
}

export async function chooseScaffold(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "markdown") {
    void vscode.window.showWarningMessage("answerlint: open a Markdown draft to insert a scaffold into.");
    return;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      document.uri,
      whole,
      SCAFFOLD_KIND.value,
    )) ?? [];
  const items: ScaffoldItem[] = actions
    .filter((action) => action.edit && action.kind && SCAFFOLD_KIND.contains(action.kind))
    .map((action) => ({
      label: action.title.replace(/^Insert (.*) scaffold$/, "$1"),
      detail: addedHeadings(action.edit!, document.uri),
      action,
    }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(
      "answerlint: no scaffold to insert — the draft has every section of each framework, or the server is not running.",
    );
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: "Insert the sections this framework needs (only those the draft lacks)",
    placeHolder: "Framework",
    matchOnDetail: true,
  });
  if (picked && !(await vscode.workspace.applyEdit(picked.action.edit!))) {
    void vscode.window.showErrorMessage("answerlint: the draft changed before the scaffold could be inserted; try again.");
  }
}

/** "adds: Situation, Task, …", read from the headings the edit inserts. */
function addedHeadings(edit: vscode.WorkspaceEdit, uri: vscode.Uri): string | undefined {
  const headings = edit
    .get(uri)
    .flatMap((textEdit) => textEdit.newText.split(/\r?\n/))
    .map((line) => /^#{1,6}\s+(.*\S)\s*$/.exec(line)?.[1])
    .filter((heading): heading is string => heading !== undefined);
  return headings.length ? `adds: ${headings.join(", ")}` : undefined;
}
