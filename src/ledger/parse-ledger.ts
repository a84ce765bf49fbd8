import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { CLAIM_KINDS, type ClaimKind, type Severity } from '../types.js';
import {
  CLAIM_STATUSES,
  FINDING_STATUSES,
  LEDGER_SCHEMA_VERSION,
  type ArticleLedger,
  type ClaimEntry,
  type FindingEntry,
  type FindingSide,
} from './ledger-types.js';
import { LedgerError } from './ledger-error.js';

type Json = Record<string, unknown>;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const VERDICT_FIELDS = ['correction', 'note', 'by', 'at', 'reviewedEvidence'] as const;
const CLAIM_FIELDS = ['id', 'kind', 'quote', 'context', 'value', 'evidence', 'status', ...VERDICT_FIELDS];
const FINDING_FIELDS = ['key', 'rule', 'severity', 'message', 'sides', 'evidence', 'status', ...VERDICT_FIELDS];
const SIDE_FIELDS = ['article', 'claim', 'quote', 'context', 'value'];

/** Reads field values and names the file and the JSON path of anything wrong. */
class Reader {
  constructor(readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new LedgerError(`${this.file}: ${where ? `${where}: ` : ''}${problem}`);
  }

  object(value: unknown, where: string, allowed: readonly string[]): Json {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(where, `expected an object, got ${describe(value)}`);
    for (const field of Object.keys(value)) {
      if (!allowed.includes(field)) this.fail(where, `unknown field "${field}" (known: ${allowed.join(', ')})`);
    }
    return value as Json;
  }

  string(record: Json, field: string, where: string, optional = false): string | undefined {
    const value = record[field];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') this.fail(`${where}.${field}`, `expected a string, got ${describe(value)}`);
    return value;
  }

  oneOf<T extends string>(record: Json, field: string, where: string, choices: readonly T[]): T {
    const value = this.string(record, field, where)!;
    if (!(choices as readonly string[]).includes(value)) this.fail(`${where}.${field}`, `"${value}" is not one of ${choices.join(', ')}`);
    return value as T;
  }

  list(record: Json, field: string, where: string): unknown[] {
    const value = record[field];
    if (!Array.isArray(value)) this.fail(`${where}${where ? '.' : ''}${field}`, `expected a list, got ${describe(value)}`);
    return value;
  }

  verdictFields(record: Json, where: string): Partial<Record<(typeof VERDICT_FIELDS)[number], string>> {
    const fields: Partial<Record<(typeof VERDICT_FIELDS)[number], string>> = {};
    for (const field of VERDICT_FIELDS) {
      const value = this.string(record, field, where, true);
      if (value !== undefined) fields[field] = value;
    }
    return fields;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : typeof value;
}

/**
 * JSON.parse; on a syntax error, jsonc-parser (strict settings: no comments, no trailing commas)
 * locates it, because V8's messages do not always give a position.
 */
function parseJson(file: string, text: string): unknown {
  const conflict = /^(?:<{7}|={7}|>{7})(?: |$)/mu.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    throw new LedgerError(`${file}: unresolved merge conflict at line ${line}: keep both sides' entries (or one), remove the markers, and run check again`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) throw new LedgerError(`${file}: not valid JSON (${(error as Error).message})`);
    if (first.offset >= text.trimEnd().length) throw new LedgerError(`${file}: not valid JSON: the file ends before the JSON does (cut short?)`);
    const before = text.slice(0, first.offset).split('\n');
    const problem = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
    throw new LedgerError(`${file}: not valid JSON at line ${before.length}, column ${before[before.length - 1]!.length + 1} (${problem})`);
  }
}

function header(reader: Reader, text: string, fields: readonly string[]): Json {
  // An editor may have added a byte-order mark; it is not part of the JSON.
  const root = reader.object(parseJson(reader.file, text.replace(/^\uFEFF/u, '')), '', fields);
  if (root.schemaVersion !== LEDGER_SCHEMA_VERSION) {
    reader.fail('schemaVersion', `expected ${LEDGER_SCHEMA_VERSION}, got ${describe(root.schemaVersion)}`);
  }
  return root;
}

/**
 * A verdict typed by hand (status changed in an editor, no `reviewedEvidence`) covers the evidence
 * the file shows beside it.
 */
function pinReviewedEvidence<T extends ClaimEntry | FindingEntry>(entry: T): T {
  if (entry.status === 'pending' || entry.reviewedEvidence !== undefined) return entry;
  return { ...entry, reviewedEvidence: entry.evidence };
}

function unique(reader: Reader, ids: readonly string[], listName: string, field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) reader.fail(`${listName}[${index}].${field}`, `"${id}" appears twice`);
    seen.add(id);
  });
}

/** Parses and validates `claims/<article-id>.json`; `file` is the name used in messages. */
export function parseArticleLedger(file: string, text: string): ArticleLedger {
  const reader = new Reader(file);
  const root = header(reader, text, ['schemaVersion', 'article', 'claims']);
  const article = reader.string(root, 'article', '')!;
  const claims = reader.list(root, 'claims', '').map((raw, index): ClaimEntry => {
    const where = `claims[${index}]`;
    const record = reader.object(raw, where, CLAIM_FIELDS);
    const id = reader.string(record, 'id', where)!;
    const kind = reader.oneOf<ClaimKind>(record, 'kind', where, CLAIM_KINDS);
    const quote = reader.string(record, 'quote', where)!;
    const context = reader.string(record, 'context', where)!;
    if (!('value' in record)) reader.fail(`${where}.value`, 'missing');
    return {
      id,
      kind,
      quote,
      context,
      value: record.value,
      evidence: reader.string(record, 'evidence', where)!,
      status: reader.oneOf(record, 'status', where, CLAIM_STATUSES),
      ...reader.verdictFields(record, where),
    };
  }).map(pinReviewedEvidence);
  unique(reader, claims.map((claim) => claim.id), 'claims', 'id');
  return { article, claims };
}

function parseSide(reader: Reader, raw: unknown, where: string): FindingSide {
  const record = reader.object(raw, where, SIDE_FIELDS);
  if (record.claim !== null && typeof record.claim !== 'string') reader.fail(`${where}.claim`, `expected a string or null, got ${describe(record.claim)}`);
  if (!('value' in record)) reader.fail(`${where}.value`, 'missing');
  return {
    article: reader.string(record, 'article', where)!,
    claim: record.claim as string | null,
    quote: reader.string(record, 'quote', where)!,
    context: reader.string(record, 'context', where)!,
    value: record.value,
  };
}

/** Parses and validates `claims/findings.json`. */
export function parseFindingsLedger(file: string, text: string): FindingEntry[] {
  const reader = new Reader(file);
  const root = header(reader, text, ['schemaVersion', 'findings']);
  const findings = reader.list(root, 'findings', '').map((raw, index): FindingEntry => {
    const where = `findings[${index}]`;
    const record = reader.object(raw, where, FINDING_FIELDS);
    return {
      key: reader.string(record, 'key', where)!,
      rule: reader.string(record, 'rule', where)!,
      severity: reader.oneOf(record, 'severity', where, SEVERITIES),
      message: reader.string(record, 'message', where)!,
      sides: reader.list(record, 'sides', where).map((side, sideIndex) => parseSide(reader, side, `${where}.sides[${sideIndex}]`)),
      evidence: reader.string(record, 'evidence', where)!,
      status: reader.oneOf(record, 'status', where, FINDING_STATUSES),
      ...reader.verdictFields(record, where),
    };
  }).map(pinReviewedEvidence);
  unique(reader, findings.map((finding) => finding.key), 'findings', 'key');
  return findings;
}

/** Field order of the printed files (see `ledger-store.ts`). */
export const CLAIM_FIELD_ORDER = CLAIM_FIELDS;
export const FINDING_FIELD_ORDER = FINDING_FIELDS;
