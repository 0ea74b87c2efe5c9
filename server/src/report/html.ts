import { crypto } from '../util/lazy-crypto';
import { escapeHtml as e } from './escape';
import { CATEGORIES, plural, SEVERITIES, type Counts, type ReportModel } from './model';
import { EDGE_STYLES, renderSvg, SEVERITY_COLORS } from './svg';

export interface HtmlOptions {
  /** A fresh one per rendering when not given. */
  nonce?: string;
  /** `webview.cspSource` when shown in VS Code: allowed for styles and images besides the nonce. */
  cspSource?: string;
  title?: string;
}

export function newNonce(): string {
  return crypto().randomBytes(18).toString('base64');
}

/** The policy of the page: nothing loads, only our own nonce'd style and script run. */
export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
  const source = cspSource && /^[A-Za-z0-9*.:/_ -]+$/.test(cspSource) ? `${cspSource} ` : '';
  return `default-src 'none'; style-src ${source}'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${source}data:`;
}

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1f2328; background: #ffffff; margin: 0; padding: 20px 28px 40px; }
h1 { font-size: 22px; margin: 0 0 2px; } h2 { font-size: 17px; margin: 26px 0 10px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
.muted { color: #57606a; } .small { font-size: 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 14px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 14px; min-width: 96px; }
.card .big { font-size: 26px; font-weight: 650; } .card .label { color: #57606a; font-size: 12px; }
.score .big { font-size: 34px; }
.grade-A, .grade-B { color: #2e8540; } .grade-C { color: #b26a00; } .grade-D, .grade-F { color: #c62828; }
.sev { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; border: 1px solid; }
${SEVERITIES.map((s) => `.sev-${s} { background: ${SEVERITY_COLORS[s].fill}; border-color: ${SEVERITY_COLORS[s].stroke}; color: ${SEVERITY_COLORS[s].stroke}; }`).join('\n')}
.graph { overflow: auto; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px; background: #ffffff; }
.graph .node { cursor: pointer; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0 10px; font-size: 12px; color: #57606a; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
#findings tbody tr.clickable { cursor: pointer; } #findings tbody tr:hover { background: #f6f8fa; }
.filter { display: flex; gap: 10px; align-items: center; margin-bottom: 8px; }
.filter input { flex: 1; max-width: 520px; padding: 5px 8px; font: inherit; border: 1px solid #d0d7de; border-radius: 6px; }
.split { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 20px; }
`;

// Filter box, node clicks (filter the table by node) and, inside VS Code, row clicks that open the file.
const SCRIPT = `
(function () {
  var api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var input = document.getElementById('filter');
  var count = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
  function apply() {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var node = (row.getAttribute('data-node') || '').toLowerCase();
      var ok = terms.every(function (t) { return t.indexOf('node=') === 0 ? node === t.slice(5) : text.indexOf(t) >= 0; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' shown';
  }
  input.addEventListener('input', apply);
  Array.prototype.forEach.call(document.querySelectorAll('.graph .node'), function (node) {
    var pick = function () { input.value = 'node=' + node.getAttribute('data-node'); apply(); input.scrollIntoView(); };
    node.addEventListener('click', pick);
    node.addEventListener('keydown', function (event) { if (event.key === 'Enter') pick(); });
  });
  if (api) rows.forEach(function (row) {
    row.classList.add('clickable');
    row.addEventListener('click', function () {
      api.postMessage({ type: 'open', uri: row.getAttribute('data-uri'), line: Number(row.getAttribute('data-line')), character: Number(row.getAttribute('data-character')), endLine: Number(row.getAttribute('data-end-line')), endCharacter: Number(row.getAttribute('data-end-character')) });
    });
  });
  apply();
})();
`;

/** The whole report as one self-contained page: inline style, inline SVG, one small script. */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const nonce = options.nonce ?? newNonce();
  const title = options.title ?? 'Backend Guidance — workspace report';
  const t = model.totals;
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(nonce, options.cspSource))}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${e(title)}</title>`, `<style nonce="${e(nonce)}">${CSS}</style>`, '</head>', '<body>');
  out.push(`<header><h1>${e(title)}</h1><div class="muted small">${e(plural(model.files.length, 'file'))} · ${e(plural(model.lines, 'line'))} · generated ${e(model.generatedAt)}</div></header>`);

  out.push('<div class="cards">');
  out.push(`<div class="card score"><div class="big grade-${e(model.grade)}">${e(model.score)}<span class="small muted"> / 100</span></div><div class="label">Workspace score · grade ${e(model.grade)}</div></div>`);
  for (const s of SEVERITIES) out.push(`<div class="card"><div class="big">${e(t.bySeverity[s])}</div><div class="label"><span class="sev sev-${s}">${s}</span></div></div>`);
  out.push('</div>');

  out.push('<h2>System</h2>');
  out.push('<div class="legend">');
  for (const [label, key] of [['error', 'error'], ['warning', 'warning'], ['info', 'info'], ['hint', 'hint'], ['no finding', 'none']] as const) {
    const c = SEVERITY_COLORS[key];
    out.push(`<span><svg width="14" height="12" aria-hidden="true"><rect x="1" y="1" width="12" height="10" rx="2" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"/></svg> ${e(label)}</span>`);
  }
  for (const [label, kind] of [['depends_on (condition)', 'depends_on'], ['Service selects pods', 'selects'], ['routes to', 'routes']] as const) {
    const style = EDGE_STYLES[kind];
    out.push(`<span><svg width="26" height="10" aria-hidden="true"><line x1="1" y1="5" x2="25" y2="5" stroke="${style.stroke}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/></svg> ${e(label)}</span>`);
  }
  out.push('<span>Click a node to list its findings.</span></div>');
  out.push(`<div class="graph">${renderSvg(model.graph)}</div>`);

  out.push('<div class="split"><div><h2>Categories</h2>', categoryTable(t), '</div><div><h2>Files</h2>', filesTable(model), '</div></div>');

  out.push('<h2>Findings</h2>');
  out.push(`<div class="filter"><input id="filter" type="search" placeholder="Filter: words from the message, file, rule, severity or category" aria-label="Filter findings"><span id="shown" class="muted small">${e(model.findings.length)} shown</span></div>`);
  out.push('<table id="findings"><thead><tr><th>Severity</th><th>Message</th><th>Location</th><th>Rule</th><th>Category</th></tr></thead><tbody>');
  for (const f of model.findings) {
    const at = `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    out.push(
      `<tr data-uri="${e(f.uri)}" data-line="${f.range.start.line}" data-character="${f.range.start.character}" data-end-line="${f.range.end.line}" data-end-character="${f.range.end.character}" data-node="${e(f.node ?? '')}">` +
        `<td><span class="sev sev-${f.severity}">${f.severity}</span></td><td>${e(f.message)}</td><td><code>${e(at)}</code></td>` +
        `<td><code>${e(f.ruleId)}</code><div class="muted small">${e(f.title)}${f.fixable ? ' · quick-fix' : ''}</div></td><td>${e(f.category)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (model.errors.length || model.notes.length) {
    out.push('<h2>Notes</h2><ul>');
    for (const m of [...model.errors, ...model.notes]) out.push(`<li>${e(m)}</li>`);
    out.push('</ul>');
  }
  out.push(`<h2>How the score is computed</h2><p class="muted">${e(model.scoring.explanation)}</p>`);
  out.push(`<script nonce="${e(nonce)}">${SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}

function categoryTable(t: Counts): string {
  const max = Math.max(1, ...CATEGORIES.map((c) => t.byCategory[c]));
  const rows = CATEGORIES.filter((c) => c !== 'other' || t.byCategory[c] > 0).map((c) => {
    const width = Math.round((160 * t.byCategory[c]) / max);
    return `<tr><td>${e(c)}</td><td class="num">${e(t.byCategory[c])}</td><td><svg width="164" height="12" aria-hidden="true"><rect x="0" y="1" width="${width}" height="10" rx="2" fill="#8250df"/></svg></td></tr>`;
  });
  return `<table><thead><tr><th>Category</th><th class="num">Findings</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function filesTable(model: ReportModel): string {
  const rows = model.files.map((f) => {
    const s = f.counts.bySeverity;
    return `<tr><td><code>${e(f.file)}</code><div class="muted small">${e(f.kinds.join(', '))} · ${e(f.lines)} lines</div></td><td class="num">${e(s.error)}</td><td class="num">${e(s.warning)}</td><td class="num">${e(s.info)}</td><td class="num">${e(s.hint)}</td><td class="num grade-${e(f.grade)}">${e(f.score)} ${e(f.grade)}</td></tr>`;
  });
  return `<table><thead><tr><th>File</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Info</th><th class="num">Hints</th><th class="num">Score</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
