// Shared helpers for the in-host end-to-end tests. Conditions are polled with a deadline, never slept on.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'backend-guidance.backend-guidance';
const SOURCE = 'backend-guidance';

async function waitFor(what, fn, timeoutMs = 30_000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}` + (last instanceof Error ? `: ${last.message}` : ''));
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function fixtureUri(rel) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor, uri: doc.uri };
}

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const rangeText = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const describeDiags = (uri) => ours(uri).map((d) => `${codeOf(d)}@${rangeText(d.range)}`).join(', ') || '(none)';

/** Waits until `uri` has a diagnostic of `rule` (optionally at `range` "l:c-l:c") and returns it. */
function waitForDiagnostic(uri, rule, range, timeoutMs) {
  return waitFor(`${rule}${range ? ` at ${range}` : ''} in ${uri.path} (have: ${describeDiags(uri)})`,
    () => ours(uri).find((d) => codeOf(d) === rule && (!range || rangeText(d.range) === range)), timeoutMs);
}

function waitForNoDiagnostic(uri, rule, timeoutMs) {
  return waitFor(`${rule} to disappear from ${uri.path}`, () => ours(uri).length > 0 && !ours(uri).some((d) => codeOf(d) === rule), timeoutMs);
}

module.exports = { EXTENSION_ID, SOURCE, waitFor, fixtureUri, open, codeOf, ours, rangeText, describeDiags, waitForDiagnostic, waitForNoDiagnostic };
