// The `answerlint` section the server reads: the keys of answerlint.toml, from the settings the user made.
import * as vscode from "vscode";

/** VS Code setting (under `answerlint.`) → key in the server's section, as in answerlint.toml. */
const KEYS: Record<string, string[]> = {
  select: ["select"],
  ignore: ["ignore"],
  severity: ["severity"],
  perFileIgnores: ["per-file-ignores"],
  extendPhrases: ["extend-phrases"],
  "length.minWords": ["length", "min-words"],
  "length.maxWords": ["length", "max-words"],
  "length.wordsPerMinute": ["length", "words-per-minute"],
  configurationPreference: ["configurationPreference"],
  configuration: ["configuration"],
};

/**
 * Only settings the user actually made are sent: the server layers the editor's keys over
 * answerlint.toml, so sending VS Code's defaults would silently override the project's file.
 */
export function serverSection(scope?: vscode.ConfigurationScope): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("answerlint", scope);
  const section: Record<string, unknown> = {};
  for (const [setting, [key, subkey]] of Object.entries(KEYS)) {
    const value = userValue(config, setting);
    if (value === undefined || (setting === "configuration" && value === "")) {
      continue;
    }
    if (subkey === undefined) {
      section[key] = value;
    } else {
      const table = (section[key] ??= {}) as Record<string, unknown>;
      table[subkey] = value;
    }
  }
  return section;
}

function userValue(config: vscode.WorkspaceConfiguration, setting: string): unknown {
  const inspected = config.inspect(setting);
  if (!inspected) {
    return undefined;
  }
  return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue;
}
