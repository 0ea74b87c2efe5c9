// UI checks through the browser: what a user sees in the workbench. Every wait is on a condition with a
// deadline; a failing check records its error and a screenshot, and the harness prints the logs.
import path from 'node:path';

const TIMEOUT = 90_000;

export async function runUiChecks({ browser, server, folder, repo, outDir, log }) {
  const checks = [];
  const page = browser.pages()[0] ?? await browser.newPage();
  const consoleLines = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleLines.push(m.text()); });
  const shot = async (name) => { const file = path.join(outDir, `${name}.png`); await page.screenshot({ path: file }); return file; };
  let problemsShot;

  const check = async (title, fn) => {
    const t = Date.now();
    try {
      await fn();
      checks.push({ title, ok: true });
      log(`UI ✔ ${title} (${Date.now() - t} ms)`);
      return true;
    } catch (e) {
      checks.push({ title, ok: false, error: e.message.split('\n').slice(0, 6).join('\n      ') });
      log(`UI ✘ ${title}: ${e.message.split('\n')[0]}`);
      try { await shot(`failure-${title.replace(/\W+/g, '-').toLowerCase()}`); } catch {}
      if (consoleLines.length) log(`browser console errors:\n  ${consoleLines.slice(-10).join('\n  ')}`);
      return false;
    }
  };

  /** F1 (Ctrl+Shift+P does not reach headless chromium), fill the input, click the row (or press Enter on it); retried if focus moves. */
  const runCommand = async (title, { enter = false } = {}) => {
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input.input').first();
    let lastError;
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        if (await widget.isVisible()) await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill(`>${title}`);
        const row = widget.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        if (enter) {
          const focused = widget.locator('.quick-input-list .monaco-list-row.focused').first();
          const text = await focused.innerText({ timeout: 5000 });
          if (!text.includes(title)) throw new Error(`the focused row is not "${title}": ${JSON.stringify(text)}`);
          await page.keyboard.press('Enter');
        } else {
          await row.click({ timeout: 5000 });
        }
        return;
      } catch (e) {
        lastError = e;
        log(`palette attempt ${attempt} for "${title}": ${e.message.split('\n')[0]}`);
      }
    }
    throw lastError;
  };

  await page.goto(server.url({ folder, extensionDevelopmentPath: repo, openFile: path.join(folder, 'compose.yaml') }));

  await check('the workbench opens compose.yaml and shows our squiggles', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
    const tab = page.locator('.tabs-container .tab', { hasText: 'compose.yaml' }).first();
    try { await tab.waitFor({ timeout: 20_000 }); } catch {
      await page.keyboard.press('Control+P');
      await page.keyboard.type('compose.yaml');
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Enter');
      await tab.waitFor({ timeout: TIMEOUT });
    }
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: TIMEOUT });
  });

  await check('Problems panel lists findings with source "backend-guidance" and a rule code', async () => {
    await runCommand('Problems: Focus on Problems View');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'compose/no-privileged' }).first();
    await row.waitFor({ timeout: TIMEOUT });
    const text = await row.innerText();
    if (!text.includes('backend-guidance')) throw new Error(`row without the source: ${JSON.stringify(text)}`);
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'compose/no-latest-image-tag' }).first().waitFor({ timeout: TIMEOUT });
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    log(`problems rows: ${JSON.stringify(rows.map((r) => r.replace(/\s+/g, ' ')).slice(0, 8))}`);
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 400, y: 300 } }).catch(() => {}); // blank area: no word highlight
    await page.mouse.move(1300, 800);
    await page.waitForFunction(() => !document.querySelector('.monaco-hover:not(.hidden)'), null, { timeout: 5000 }).catch(() => {});
    problemsShot = await shot('problems');
  });

  await check('hovering a flagged value shows the rule explanation', async () => {
    const hover = page.locator('.monaco-hover', { hasText: 'Why it matters' }).first();
    const token = page.locator('.monaco-editor .view-line span span', { hasText: 'latest' }).first();
    for (let attempt = 1; ; attempt++) {
      await token.waitFor({ timeout: 15_000 });
      const box = await token.boundingBox();
      if (!box) throw new Error('the image token is not on screen');
      await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 4 });
      try { await hover.waitFor({ state: 'visible', timeout: 8000 }); break; } catch (e) {
        if (attempt >= 4) throw e;
        await page.mouse.move(5, 5);
      }
    }
    const text = await hover.innerText();
    if (!/How to fix it/.test(text)) throw new Error(`hover without "How to fix it": ${text.slice(0, 300)}`);
    await shot('hover');
    await page.mouse.move(1300, 800);
  });

  await check('"Backend Guidance: Explain Rule…" from the palette opens the explanation', async () => {
    await page.keyboard.press('Escape');
    await runCommand('Backend Guidance: Explain Rule');
    const input = page.locator('.quick-input-widget input.input').first();
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill('compose/no-privileged');
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'compose/no-privileged' }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    await row.click();
    await page.locator('.tabs-container .tab', { hasText: 'no-privileged' }).first().waitFor({ timeout: TIMEOUT });
    await shot('explain-rule');
  });

  await check('"Backend Guidance: Show Workspace Report" from the palette shows the services diagram', async () => {
    await page.keyboard.press('Escape');
    const t = Date.now();
    await runCommand('Backend Guidance: Show Workspace Report', { enter: true });
    const tCommand = Date.now() - t;
    await page.locator('.tabs-container .tab', { hasText: 'Backend Guidance Report' }).first().waitFor({ timeout: TIMEOUT });
    // Webviews are nested iframes (the host frame, then the content frame): find the one with the diagram.
    const probe = () => {
      const svg = document.querySelector('svg.system-graph');
      if (!svg) return null;
      return { nodes: [...svg.querySelectorAll('g.node')].map((g) => g.getAttribute('data-name')), text: svg.textContent };
    };
    const tTab = Date.now() - t;
    const deadline = Date.now() + TIMEOUT;
    let found;
    let seen = [];
    let polls = 0;
    while (!found) {
      polls++;
      seen = [];
      for (const frame of page.frames()) {
        let r = null;
        // A frame that is still loading can hold an evaluate back: bound each probe.
        try { r = await Promise.race([frame.evaluate(probe), new Promise((_, no) => setTimeout(() => no(new Error('probe timeout')), 3000))]); } catch { continue; }
        seen.push(frame.url().slice(0, 80));
        if (r && r.nodes.includes('web')) { found = r; break; }
      }
      if (found) break;
      if (Date.now() > deadline) throw new Error(`no frame with the report's svg and a "web" node within ${TIMEOUT} ms (frames: ${seen.join(' | ')})`);
      await new Promise((r) => setTimeout(r, 250));
    }
    log(`report diagram nodes ${JSON.stringify(found.nodes)}: palette ${tCommand} ms, tab at ${tTab} ms, svg at ${Date.now() - t} ms after ${polls} polls of ${page.frames().length} frames`);
    if (!/web/.test(found.text)) throw new Error(`the diagram has no "web" label: ${found.text.slice(0, 200)}`);
    await shot('report-webview');
  });

  return { checks, problemsShot };
}
