// What a person does in VS Code, as Playwright keystrokes and clicks on code-server's page.
// Selectors are VS Code's own class names (stable across 1.8x–1.10x).

const MINUTE = 60_000;

export async function openWorkbench(page, url, workspace) {
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 2 * MINUTE });
  // The explorer lists the folder once the workbench is really up.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 2 * MINUTE });
}

export async function openFile(page, name) {
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  // Until the list is filtered it shows the recently opened files, whose first one Enter would open.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label^="${name}"], .tab.active:has-text("${name}")`).first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Puts the cursor at 1-based line and column with Go to Line (Ctrl+G). */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`); // the leading colon is what makes it "go to line"
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

async function squigglesOnCursorLine(page, kind) {
  const cursor = await page.locator('.monaco-editor .cursor').first().boundingBox();
  if (cursor === null) return null; // not laid out at this instant: neither yes nor no, ask again
  const top = cursor.y;
  const boxes = await page.locator(`.monaco-editor .view-overlays .squiggly-${kind}`)
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  return boxes.filter((box) => Math.abs(box.y - top) < 4);
}

/** Waits until the line the cursor is on has (or, with present false, no longer has) a
 *  squiggle of the given kind (warning, error, info). */
export async function waitForSquiggleOnCursorLine(page, kind, timeout, present = true) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const squiggles = await squigglesOnCursorLine(page, kind);
    if (squiggles !== null && squiggles.length > 0 === present) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`the cursor's line ${present ? 'got no' : 'kept its'} ${kind} squiggle within ${timeout / 1000} s`);
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text. */
export async function hoverText(page, containing) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: containing }).first();
  await hover.waitFor({ timeout: 15_000 });
  return hover.innerText();
}

/** Opens the quick-fix menu (Ctrl+.) and returns the titles it lists. */
export async function quickFixMenu(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: 30_000 });
  return rows.allInnerTexts();
}

/** Moves the menu's focus to the entry with this title and applies it with Enter, as a person
 *  would (the widget lays a pointer block over the page, so it takes no clicks). */
export async function chooseQuickFix(page, title) {
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  const count = await page.locator('.action-widget .monaco-list-row.action').count();
  for (let i = 0; i <= count; i++) {
    if (((await focused.getAttribute('aria-label')) ?? '').includes(title)) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the quick-fix menu has no entry "${title}"`);
}

export async function save(page) {
  await page.keyboard.press('Control+S');
}

/** Runs a command by its title from the command palette (F1). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The extension's status bar item, once it shows the given codicon (check: server running). */
export async function statusItemWithIcon(page, icon, timeout) {
  const item = page.locator('.statusbar-item', { hasText: 'captureguard' });
  await item.locator(`.codicon-${icon}`).first().waitFor({ timeout });
  return item.first().getAttribute('aria-label');
}

/** The notification toast holding this text; its buttons are ordinary DOM and take clicks. */
export async function notification(page, containing, timeout) {
  const toast = page.locator('.notification-toast', { hasText: containing }).first();
  await toast.waitFor({ timeout });
  return toast;
}

/** Brings an open editor to the front by clicking its tab. */
export async function activateTab(page, name) {
  await page.locator('.tab', { hasText: name }).first().click();
  await page.locator('.tab.active', { hasText: name }).first().waitFor();
}

/** Opens the settings editor on one setting (its search box takes the id) and returns it. */
export async function settingInEditor(page, id) {
  await runCommand(page, 'Preferences: Open Settings (UI)');
  await page.locator('.settings-editor').waitFor();
  await page.keyboard.type(id);
  const setting = page.locator(`.setting-item-contents[data-key="${id}"]`);
  await setting.waitFor({ timeout: 30_000 });
  return setting;
}

/** The notification with this text in the notification center, opened for it (toasts of a
 *  message that arrives among others may go straight to the center). */
export async function notificationInCenter(page, containing, timeout) {
  await runCommand(page, 'Notifications: Show Notifications');
  const item = page.locator('.notifications-center .notification-list-item', { hasText: containing }).first();
  await item.waitFor({ timeout });
  return item;
}

/** The extension's status bar item, once its text holds `text` (such as the file's `go1.21`). */
export async function statusItemWithText(page, text, timeout) {
  const item = page.locator('.statusbar-item', { hasText: 'captureguard' }).filter({ hasText: text }).first();
  await item.waitFor({ timeout });
  return item.innerText();
}
