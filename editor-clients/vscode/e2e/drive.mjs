// Drives VS Code (code-server) in Debian's chromium through playwright-core, for the end-to-end test and bench.
//
//   node drive.mjs CONFIG.json
//
// CONFIG (all but url and draft optional):
//   {"url": "http://127.0.0.1:PORT/?folder=/abs/folder", "draft": "name.md", "draftPath": "/abs/folder/name.md",
//    "code": "AL201", "userSettings": {"settings": {...}, "code": "AL201"},
//    "screenshot": "out.png", "scaffold": true, "expectMessage": "text", "timeoutMs": 60000}
// Opens the draft with the Problems view showing and times its first answerlint diagnostic; then waits for `code`
// there, with `userSettings` replaces the user settings in the settings editor and waits for another code,
// takes a screenshot
// once squiggles show, and with `scaffold` runs "answerlint: Insert framework scaffold…",
// picks the first framework and saves the draft. With `expectMessage` it instead waits for a notification.
// Prints one JSON line: {"editorMs": N, "firstDiagnosticMs": N, "problems": [...], "picked": "...", "message": "..."};
// exits 1 with a message (and a -failure.png screenshot) on failure.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const timeout = config.timeoutMs ?? 60_000;
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const step = (name) => process.stderr.write(`drive: ${name}\n`);

async function runCommand(page, title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout });
  await input.fill(`>${title}`);
  // Click the command itself: Enter would run whichever command the palette ranks first.
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().click({ timeout });
}

async function waitUntil(condition, what) {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > timeout) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  const original = config.draftPath ? readFileSync(config.draftPath, "utf8") : undefined;
  const browser = await chromium.launch({
    executablePath: config.chromium ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 720 } });
    page.setDefaultTimeout(timeout);
    step(`open ${config.url}`);
    await page.goto(config.url);
    await page.locator(".monaco-workbench").waitFor();
    // The explorer shows the folder once the remote side is connected.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: config.draft }).first().waitFor();

    step("open the Problems view");
    await runCommand(page, "View: Focus Problems");
    await page.locator(".markers-panel").first().waitFor();

    step(`open ${config.draft}`);
    await page.keyboard.press("Control+P");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible" });
    await input.fill(config.draft);
    await page.locator(".quick-input-list .monaco-list-row", { hasText: config.draft }).first().waitFor();
    const opened = Date.now();
    await page.keyboard.press("Enter");
    const result = {};
    if (config.expectMessage) {
      const toast = page.locator(".notifications-toasts .notification-list-item", { hasText: config.expectMessage });
      result.message = (await toast.first().innerText()).replace(/\s+/g, " ");
      process.stdout.write(JSON.stringify(result) + "\n");
      return;
    }
    await page.locator(".tabs-container .tab.active", { hasText: config.draft }).waitFor();
    await page.locator(".monaco-editor .view-line").first().waitFor();
    result.editorMs = Date.now() - opened;
    const problemRows = page.locator(".markers-panel .monaco-list-row", { hasText: "answerlint" });
    await problemRows.first().waitFor();
    result.firstDiagnosticMs = Date.now() - opened;
    step(`first diagnostic after ${result.firstDiagnosticMs} ms`);
    if (config.code) {
      await page.locator(".markers-panel .monaco-list-row", { hasText: config.code }).first().waitFor();
    }
    result.problems = await problemRows.allInnerTexts();
    if (config.userSettings) {
      // Through the settings editor, as a user would: VS Code (in code-server) does not watch settings.json on disk.
      step(`replace the user settings, then wait for ${config.userSettings.code}`);
      await runCommand(page, "Preferences: Open User Settings (JSON)");
      await page.locator(".tabs-container .tab.active", { hasText: "settings.json" }).waitFor();
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Delete");
      await page.keyboard.insertText(JSON.stringify(config.userSettings.settings));
      await page.keyboard.press("Control+S");
      await page.locator(".tabs-container .tab.active.dirty").waitFor({ state: "detached" });
      await page.locator(".markers-panel .monaco-list-row", { hasText: config.userSettings.code }).first().waitFor();
      result.problemsAfterSettings = await problemRows.allInnerTexts();
    }
    if (config.screenshot) {
      await page.locator(".view-overlays [class*='squiggly-']").first().waitFor();
      await page.mouse.move(900, 690); // off the tabs and text: no tooltip or hover in the picture
      await page.waitForTimeout(500);
      await page.screenshot({ path: config.screenshot });
    }
    if (config.scaffold) {
      step("insert a scaffold");
      await runCommand(page, "answerlint: Insert framework scaffold");
      const choice = page.locator(".quick-input-list .monaco-list-row").first();
      await choice.waitFor();
      result.picked = (await choice.innerText()).split("\n")[0];
      await page.keyboard.press("Enter");
      await page.locator(".tabs-container .tab.active.dirty").waitFor();
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+S");
      await waitUntil(() => readFileSync(config.draftPath, "utf8") !== original, "the saved draft to change");
    }
    process.stdout.write(JSON.stringify(result) + "\n");
  } catch (error) {
    const page = browser.contexts()[0]?.pages()[0];
    if (page && config.screenshot) {
      await page.screenshot({ path: config.screenshot.replace(/\.png$/, "") + "-failure.png" }).catch(() => {});
    }
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`drive: FAILED: ${error.message}\n`);
  process.exit(1);
});
