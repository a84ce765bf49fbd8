import type { CheckResult } from '../../types.js';
import { articleLabel, isCorroboration } from '../summary.js';
import { escapeHtml } from './escape.js';

interface Cell {
  agreements: string[];
  conflicts: string[];
}

/**
 * Agreements and conflicts for every pair of articles: a corroboration with positions in both
 * articles is an agreement between them; an error or warning with positions in both, a conflict.
 */
export function agreementCounts(result: CheckResult): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const finding of result.findings) {
    const kind = isCorroboration(finding) ? 'agreements' : finding.severity === 'info' ? undefined : 'conflicts';
    if (!kind) continue;
    const articles = [...new Set(finding.positions.map((position) => position.article))].sort();
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        const k = key(articles[i]!, articles[j]!);
        const cell = cells.get(k) ?? { agreements: [], conflicts: [] };
        cell[kind].push(finding.message);
        cells.set(k, cell);
      }
    }
  }
  return cells;
}

/** The article × article agreement matrix; a cell filters the findings to that pair (script). */
export function matrixSectionHtml(result: CheckResult): string {
  const cells = agreementCounts(result);
  const ids = result.articles.map((article) => article.id);
  const header = ids.map((id) => `<th scope="col">${escapeHtml(id)}</th>`).join('');
  const rows = result.articles.map((row) => {
    const tds = ids.map((column) => {
      if (column === row.id) return '<td class="self">—</td>';
      const cell = cells.get(row.id < column ? `${row.id}\u0000${column}` : `${column}\u0000${row.id}`) ?? { agreements: [], conflicts: [] };
      const [agree, conflict] = [cell.agreements.length, cell.conflicts.length];
      const tone = agree === 0 && conflict === 0 ? 'none' : conflict === 0 ? 'agree' : agree === 0 ? 'conflict' : 'mixed';
      const title = [
        `${row.id} × ${column}: ${agree} agreement${agree === 1 ? '' : 's'}, ${conflict} conflict${conflict === 1 ? '' : 's'}`,
        ...cell.conflicts.map((message) => `✗ ${message}`),
        ...cell.agreements.map((message) => `✓ ${message}`),
      ].join('\n');
      return (
        `<td class="cell tone-${tone}"><button type="button" data-pair="${escapeHtml(JSON.stringify([row.id, column]))}" title="${escapeHtml(title)}">` +
        `<span class="agree">✓ ${agree}</span> <span class="conflict">✗ ${conflict}</span></button></td>`
      );
    });
    return `<tr><th scope="row">${escapeHtml(articleLabel(row, row.id))}</th>${tds.join('')}</tr>`;
  });
  return [
    '<section id="agreement">',
    '<h2>Agreement between articles</h2>',
    '<p class="legend">Each cell counts the findings that link two articles: <span class="agree">✓ agreements</span> (facts both report alike) and <span class="conflict">✗ conflicts</span> (errors and warnings). Click a cell to list those findings.</p>',
    `<table class="matrix"><thead><tr><th></th>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}
