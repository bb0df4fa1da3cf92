"""The inline style sheet and script of the HTML diff report.

The script only toggles visibility: it never reads document text and never
writes HTML, so nothing a document contains can reach it as code. Filters can
be preset from the query string: ``?label=ACTOR,STAGE&kind=added&unchanged=1``.
"""

CSS = """
:root { --actor: #1f6feb; --mechanism: #8250df; --stage: #0e8a7d; --add: #d7f5dd; --del: #ffdcdc; --chg: #fff0c2; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Noto Sans", sans-serif; margin: 0; color: #1c2128; background: #f6f8fa; }
header { background: #24292f; color: #fff; padding: 12px 20px; }
header h1 { margin: 0 0 4px; font-size: 18px; }
header .refs { font-family: ui-monospace, monospace; font-size: 12px; opacity: .85; }
.summary { display: flex; flex-wrap: wrap; gap: 16px; padding: 12px 20px; align-items: flex-start; font-size: 13px; }
.summary table { border-collapse: collapse; background: #fff; border: 1px solid #d0d7de; }
.summary th, .summary td { padding: 1px 8px; border-bottom: 1px solid #eaeef2; text-align: right; }
.summary th:first-child, .summary td:first-child { text-align: left; }
#filters { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #d0d7de; padding: 8px 20px; display: flex; flex-wrap: wrap; gap: 16px; align-items: center; }
#filters fieldset { border: 1px solid #d0d7de; border-radius: 6px; padding: 2px 8px; margin: 0; }
#filters legend { font-size: 11px; color: #57606a; }
#filters label { margin-right: 8px; white-space: nowrap; }
#shown-count { color: #57606a; }
main { padding: 12px 20px; }
section.doc { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin-bottom: 16px; padding: 8px 12px; }
section.doc[hidden] { display: none; }
section.doc h2 { font-size: 15px; margin: 4px 0 8px; font-family: ui-monospace, monospace; }
section.doc h2 .source { font-weight: normal; color: #57606a; font-family: system-ui, sans-serif; margin-left: 8px; }
.badge { font: 11px system-ui, sans-serif; padding: 1px 6px; border-radius: 10px; margin-left: 6px; vertical-align: middle; }
.badge.added { background: var(--add); } .badge.removed { background: var(--del); } .badge.changed, .badge.text { background: var(--chg); }
table.changes { border-collapse: collapse; width: 100%; margin-bottom: 8px; font-size: 13px; }
table.changes td { padding: 2px 6px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
table.changes tr[hidden] { display: none; }
table.changes .kind { font-weight: 600; white-space: nowrap; }
tr.k-added .kind { color: #1a7f37; } tr.k-removed .kind { color: #cf222e; } tr.k-changed .kind { color: #9a6700; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side h3 { font-size: 12px; margin: 0 0 4px; color: #57606a; text-transform: uppercase; }
.text { font-family: inherit; white-space: pre-wrap; word-break: break-word; margin: 0; padding: 8px; border: 1px solid #eaeef2; border-radius: 4px; max-height: 60vh; overflow: auto; font-size: 13px; }
mark { background: none; color: inherit; border-bottom: 2px solid #999; padding: 0 1px; }
mark.l-ACTOR { border-bottom-color: var(--actor); } mark.l-MECHANISM { border-bottom-color: var(--mechanism); } mark.l-STAGE { border-bottom-color: var(--stage); }
mark.c-added { background: var(--add); } mark.c-removed { background: var(--del); } mark.c-changed { background: var(--chg); }
mark.off { background: none; border-bottom-color: transparent; }
.tdel { color: #cf222e; text-decoration: line-through; }
.tins { color: #1a7f37; text-decoration: underline dotted; }
body.no-text .tdel, body.no-text .tins { color: inherit; text-decoration: none; }
.lab { font-size: 11px; padding: 0 4px; border-radius: 3px; color: #fff; }
.lab.ACTOR { background: var(--actor); } .lab.MECHANISM { background: var(--mechanism); } .lab.STAGE { background: var(--stage); }
.concept { font-family: ui-monospace, monospace; font-size: 12px; color: #57606a; }
.empty { color: #57606a; font-style: italic; }
details.unchanged { margin-top: 8px; }
details.changes > summary { cursor: pointer; color: #57606a; font-size: 12px; margin-bottom: 4px; }
"""

JS = """
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var params = new URLSearchParams(window.location.search);
  function preset(name) {
    var value = params.get(name);
    if (value === null) return;
    var wanted = value.split(',');
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      box.checked = wanted.indexOf(box.value) >= 0;
    });
  }
  function selected(name) {
    var out = {};
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (box) { out[box.value] = true; });
    return out;
  }
  function itemOn(token, labels, kinds) {
    var parts = token.split(':');
    if (parts[1] !== 'same' && !kinds[parts[1]]) return false;
    return parts[2].split('+').some(function (l) { return labels[l]; });
  }
  function anyOn(el, labels, kinds) {
    return (el.getAttribute('data-items') || '').split(' ').filter(Boolean).some(function (t) { return itemOn(t, labels, kinds); });
  }
  function apply() {
    var labels = selected('label'), kinds = selected('kind');
    var shown = 0, total = 0;
    document.body.classList.toggle('no-text', !kinds.text);
    document.querySelectorAll('section.doc').forEach(function (doc) {
      var visible = false;
      doc.querySelectorAll('tr[data-items]').forEach(function (row) {
        var on = anyOn(row, labels, kinds);
        row.hidden = !on;
        if (on) visible = true;
      });
      doc.querySelectorAll('mark[data-items]').forEach(function (m) {
        m.classList.toggle('off', !anyOn(m, labels, kinds));
      });
      (doc.getAttribute('data-doc-kinds') || '').split(' ').filter(Boolean).forEach(function (k) {
        if (kinds[k]) visible = true;
      });
      doc.hidden = !visible;
      total += 1;
      if (visible) shown += 1;
    });
    document.getElementById('shown-count').textContent = shown + ' of ' + total + ' changed documents shown';
    var details = document.querySelector('details.unchanged');
    if (details) details.open = document.getElementById('show-unchanged').checked;
  }
  preset('label');
  preset('kind');
  if (params.get('unchanged') === '1') document.getElementById('show-unchanged').checked = true;
  form.addEventListener('change', apply);
  apply();
  document.body.setAttribute('data-ready', '1');
})();
"""
