// Which program runs `answerlint server`: the `answerlint.interpreter` or `answerlint.path` setting.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";

export interface AnswerlintCommand {
  command: string;
  /** Arguments before the subcommand (`-m answerlint` for an interpreter). */
  prefix: string[];
  /** Which setting chose it, for messages. */
  setting: "answerlint.interpreter" | "answerlint.path";
}

export const INSTALL_HINT =
  "Install it with `pip install answerlint` (from a checkout: `pip install -e .`), " +
  "then set answerlint.path to the `answerlint` executable or answerlint.interpreter to a Python that has it.";

export class NotFound extends Error {}

/** The configured command, checked to exist; throws NotFound with what was tried. */
export function resolveCommand(config = vscode.workspace.getConfiguration("answerlint")): AnswerlintCommand {
  const interpreter = expandHome(config.get<string>("interpreter", "").trim());
  if (interpreter) {
    const found = findExecutable(interpreter);
    if (!found) {
      throw new NotFound(`The Python interpreter in answerlint.interpreter was not found: ${interpreter}.`);
    }
    return { command: found, prefix: ["-m", "answerlint"], setting: "answerlint.interpreter" };
  }
  const executable = expandHome(config.get<string>("path", "answerlint").trim() || "answerlint");
  const found = findExecutable(executable);
  if (!found) {
    throw new NotFound(`answerlint was not found (answerlint.path is "${executable}").`);
  }
  return { command: found, prefix: [], setting: "answerlint.path" };
}

/** A path, or a bare name looked up on PATH as a shell would; undefined when nothing runnable is there. */
export function findExecutable(name: string): string | undefined {
  if (name.includes("/") || name.includes("\\")) {
    return isExecutable(name) ? path.resolve(name) : undefined;
  }
  const extensions = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const extension of extensions) {
      const candidate = path.join(folder, name + extension);
      if (folder && isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function expandHome(file: string): string {
  return file.startsWith("~/") ? path.join(process.env.HOME ?? "~", file.slice(2)) : file;
}
