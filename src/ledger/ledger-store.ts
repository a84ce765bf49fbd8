import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { printLedgerFile } from './canonical-json.js';
import { LedgerError } from './ledger-error.js';
import { LEDGER_SCHEMA_VERSION, type ArticleLedger, type FindingEntry, type Ledger } from './ledger-types.js';
import { CLAIM_FIELD_ORDER, FINDING_FIELD_ORDER, parseArticleLedger, parseFindingsLedger } from './parse-ledger.js';

export const FINDINGS_FILE = 'findings.json';

/**
 * The file of an article's claims: `<article-id>.json`. An id that would clash with `findings.json`,
 * be hidden (leading dot) or start with `%` gets its first character percent-encoded, so every id
 * has exactly one file and every file one id.
 */
export function articleFileName(article: string): string {
  const first = article.charAt(0);
  const escape = article.toLowerCase() === 'findings' || first === '.' || first === '%';
  const encoded = escape ? `%${first.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}${article.slice(1)}` : article;
  return `${encoded}.json`;
}

/** The ledger printed: stable order, one field per line, trailing newline. */
export function printArticleLedger(ledger: ArticleLedger): string {
  return printLedgerFile({ schemaVersion: LEDGER_SCHEMA_VERSION, article: ledger.article }, 'claims', ledger.claims, CLAIM_FIELD_ORDER);
}

export function printFindingsLedger(findings: readonly FindingEntry[]): string {
  return printLedgerFile({ schemaVersion: LEDGER_SCHEMA_VERSION }, 'findings', findings, FINDING_FIELD_ORDER);
}

async function readText(file: string, label: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new LedgerError(`${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * Reads and validates every ledger file in `dir`; any malformed file is a `LedgerError` naming it,
 * before anything is written. A missing folder is an empty, not yet started ledger. Hidden files
 * (the lock, temporary files) and files that are not `.json` are ignored.
 */
export async function loadLedger(dir: string, label: string): Promise<Ledger> {
  const ledger: Ledger = { dir, label, articles: new Map(), findings: [], started: false, raw: new Map() };
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new LedgerError(`${label}: cannot read (${error.code ?? error.message})`);
  });
  if (!info) return ledger;
  if (!info.isDirectory()) throw new LedgerError(`${label}: is a file; the ledger must be a folder (--claims DIR)`);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const shown = path.join(label, name);
    const text = await readText(path.join(dir, name), shown);
    ledger.raw.set(name, text);
    if (name === FINDINGS_FILE) {
      ledger.findings = parseFindingsLedger(shown, text);
      ledger.started = true;
      continue;
    }
    const article = parseArticleLedger(shown, text);
    const expected = articleFileName(article.article);
    if (expected !== name) throw new LedgerError(`${shown}: holds the claims of article "${article.article}", which belong in ${path.join(label, expected)}`);
    ledger.articles.set(article.article, article);
  }
  return ledger;
}

/**
 * Writes every file whose printed form differs from what was read (atomically: temporary file,
 * fsync, rename) and returns the names written. `findings.json` is always present once saved, which
 * marks the ledger as started. Article files with no entries are not created.
 */
export async function saveLedger(ledger: Ledger): Promise<string[]> {
  const files = new Map<string, string>([[FINDINGS_FILE, printFindingsLedger(ledger.findings)]]);
  for (const article of [...ledger.articles.values()].sort((a, b) => (a.article < b.article ? -1 : 1))) {
    const name = articleFileName(article.article);
    if (article.claims.length === 0 && !ledger.raw.has(name)) continue;
    files.set(name, printArticleLedger(article));
  }
  const written: string[] = [];
  for (const [name, text] of files) {
    if (ledger.raw.get(name) === text) continue;
    try {
      await writeFileAtomic(path.join(ledger.dir, name), text);
    } catch (error) {
      throw new LedgerError(`${path.join(ledger.label, name)}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); files written before it are complete`);
    }
    ledger.raw.set(name, text);
    written.push(name);
  }
  ledger.started = true;
  return written;
}
