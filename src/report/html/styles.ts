/** The report's stylesheet, inlined (the file must work offline and fetch nothing). */
export const STYLES = `
:root { color-scheme: light dark; --fg: #1d2125; --muted: #5b6470; --bg: #fdfdfc; --panel: #f3f4f6; --line: #d8dce1;
  --error: #c62828; --warning: #b26a00; --info: #1f5fae; --agree: #2e7d32; --ins: #c8f0cf; --del: #ffd6d2; --mark: #fff1a8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --muted: #9aa3ad; --bg: #15181c; --panel: #1f242a; --line: #343b44;
  --error: #ff6b6b; --warning: #f0a53a; --info: #6aa7ff; --agree: #5cc46a; --ins: #1f4d2a; --del: #5a2323; --mark: #5a4d12; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header.page { padding: 1.2rem 2rem .6rem; border-bottom: 1px solid var(--line); }
header.page h1 { margin: 0 0 .3rem; font-size: 1.5rem; }
nav.sections { display: flex; gap: 1.2rem; margin-top: .4rem; }
main { padding: 0 2rem 3rem; max-width: 80rem; }
h2 { margin: 2rem 0 .6rem; font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
h3 .when { color: var(--muted); font-weight: 400; margin-left: .6rem; }
a { color: var(--info); }
code { font: 0.85em ui-monospace, "DejaVu Sans Mono", monospace; background: var(--panel); padding: 0 .25em; border-radius: 3px; }
.counts { display: flex; gap: .8rem; flex-wrap: wrap; margin: .3rem 0; }
.count { padding: .15rem .6rem; border-radius: 1rem; background: var(--panel); font-weight: 600; }
.sev-error { --sev: var(--error); } .sev-warning { --sev: var(--warning); } .sev-info { --sev: var(--info); }
.count.sev-error, .count.sev-warning, .count.sev-info { color: var(--sev); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
table.articles { width: 100%; font-size: .92rem; }
.filters { display: flex; flex-wrap: wrap; gap: .8rem 1.4rem; align-items: center; padding: .6rem .8rem; background: var(--panel); border-radius: 6px; position: sticky; top: 0; z-index: 2; }
.filters select { font: inherit; }
.chip { background: var(--bg); border: 1px solid var(--line); border-radius: 1rem; padding: 0 .2rem 0 .6rem; }
.chip button { border: 0; background: none; cursor: pointer; font: inherit; }
#shown { color: var(--muted); margin-left: auto; }
details.rules { margin: .6rem 0; color: var(--muted); } details.rules dd { margin: 0 0 .3rem 1.2rem; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: 6px; padding: .6rem .9rem; margin: .8rem 0; background: var(--bg); }
.finding:target { box-shadow: 0 0 0 3px var(--sev); }
.finding.corroboration { border-left-color: var(--agree); }
.finding header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; }
.finding h4 { margin: 0; font-size: 1rem; flex-basis: 100%; }
.badge { color: var(--sev); font-weight: 700; text-transform: uppercase; font-size: .78rem; letter-spacing: .04em; }
.corroboration .badge { color: var(--agree); }
.verdict { font-size: .78rem; color: var(--muted); border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; }
.meta { color: var(--muted); font-size: .88rem; margin: .3rem 0; }
.explanation { margin: .5rem 0 0; }
.evidence { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .7rem; margin: .5rem 0; }
.side { margin: 0; background: var(--panel); border-radius: 5px; padding: .5rem .7rem; }
.side figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .25rem; }
.side blockquote { margin: 0; }
.claim { background: var(--mark); border-radius: 2px; color: inherit; text-decoration: none; }
.side .claim { font-weight: 600; }
.changed { background: var(--del); text-decoration: underline wavy var(--error); text-underline-offset: 3px; }
.side + .side .changed { background: var(--ins); text-decoration-color: var(--agree); }
.timeline { margin: .6rem 0 1.2rem; }
.timeline svg { display: block; max-width: 100%; height: auto; font-size: 11px; }
.timeline figcaption { color: var(--muted); font-size: .85rem; }
.row-label, .tick-label, .band-label { fill: var(--fg); }
.tick-label { fill: var(--muted); }
.tick { stroke: var(--line); stroke-width: 1; }
.row-rule { stroke: var(--line); stroke-dasharray: 2 3; }
.mark { fill: var(--info); opacity: .8; } .mark-error { fill: var(--error); } .mark-warning { fill: var(--warning); }
a:focus .mark, .mark:hover { opacity: 1; stroke: var(--fg); }
.published path { fill: var(--fg); } .published line { stroke: var(--fg); stroke-width: 2; }
.band { fill-opacity: .16; stroke-opacity: .7; stroke-width: 1; }
.band-0 { fill: #7b61ff; stroke: #7b61ff; } .band-text-0 { fill: #7b61ff; }
.band-1 { fill: #e0115f; stroke: #e0115f; } .band-text-1 { fill: #e0115f; }
.band-2 { fill: #00897b; stroke: #00897b; } .band-text-2 { fill: #00897b; }
.band-3 { fill: #ef6c00; stroke: #ef6c00; } .band-text-3 { fill: #ef6c00; }
.band-4 { fill: #3949ab; stroke: #3949ab; } .band-text-4 { fill: #3949ab; }
.band-5 { fill: #6d4c41; stroke: #6d4c41; } .band-text-5 { fill: #6d4c41; }
.band-label { font-weight: 600; }
.legend { color: var(--muted); font-size: .88rem; }
.key { display: inline-block; width: .9rem; height: .6rem; margin: 0 .2rem 0 .8rem; vertical-align: middle; border-radius: 2px; }
.key-mark { background: var(--info); } .key-flagged { background: var(--error); } .key-published { background: var(--fg); width: .6rem; transform: rotate(45deg); }
.key-band { background: #7b61ff; opacity: .4; }
table.matrix th[scope=row] { white-space: nowrap; }
table.matrix td { text-align: center; padding: 0; }
table.matrix td.self { color: var(--muted); padding: .3rem .6rem; }
table.matrix button { font: inherit; border: 0; background: none; color: inherit; padding: .35rem .7rem; cursor: pointer; width: 100%; }
.agree { color: var(--agree); font-weight: 600; } .conflict { color: var(--error); font-weight: 600; }
.tone-agree { background: color-mix(in srgb, var(--agree) 14%, transparent); }
.tone-conflict { background: color-mix(in srgb, var(--error) 14%, transparent); }
.tone-mixed { background: color-mix(in srgb, var(--warning) 14%, transparent); }
.tone-none .agree, .tone-none .conflict { color: var(--muted); font-weight: 400; }
.article-index { display: flex; gap: .8rem; flex-wrap: wrap; }
.article-view { border-top: 1px solid var(--line); margin-top: 1.2rem; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); padding: .8rem 1rem; border-radius: 6px; font-size: .93rem; }
.article-text .claim.sev-error, .article-text .claim.sev-warning { box-shadow: inset 0 -2px 0 var(--sev); }
.excluded { color: var(--muted); opacity: .75; }
.note { font-size: .85rem; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
`;
