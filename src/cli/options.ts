import type { Argv } from 'yargs';
import { CLAIM_KINDS, type ClaimKind, type Severity } from '../types.js';
import { parsePublished } from '../ingest/published.js';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';

/** Options shared by commands that read articles. */
export function articleOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('published', {
      type: 'string',
      array: true,
      describe: 'Publication date: ID=DATE for one article, or DATE for all (YYYY-MM-DD, or a date-time with zone)',
    })
    .option('kinds', {
      type: 'string',
      array: true,
      describe: `Claim kinds to extract, comma-separated (${CLAIM_KINDS.join(', ')})`,
    })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the output to FILE instead of stdout' })
    .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' })
    .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' })
    .option('jobs', { alias: 'j', type: 'string', describe: 'Threads for reading and extraction, this one included: a number, or auto (one per core for big runs; the default)' })
    .option('progress', { type: 'boolean', describe: 'Show progress on stderr for runs over a second (default: on when stderr is a terminal; --no-progress turns it off)' });
}

/** `--jobs N` or `--jobs auto`; absent means auto. The output never depends on it. */
export function parseJobsOption(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (!/^[1-9]\d{0,2}$/u.test(value)) throw new UsageError(`--jobs: give a number of threads (1 or more) or "auto", not "${value}"`);
  return Number(value);
}

export interface PublishedOptions {
  publishedById?: Map<string, string>;
  publishedForAll?: string;
}

/** `--published ID=DATE` and `--published DATE`, validated. */
export function parsePublishedOption(values: readonly string[] | undefined): PublishedOptions {
  const result: PublishedOptions = {};
  for (const raw of values ?? []) {
    const equals = raw.indexOf('=');
    const [id, date] = equals > 0 ? [raw.slice(0, equals), raw.slice(equals + 1)] : [undefined, raw];
    if (!parsePublished(date)) throw new UsageError(`--published: cannot read "${date}" as a date (use YYYY-MM-DD)`);
    if (id === undefined) result.publishedForAll = date;
    else (result.publishedById ??= new Map()).set(id, date);
  }
  return result;
}

export function parseKindsOption(values: readonly string[] | undefined): ClaimKind[] | undefined {
  if (!values || values.length === 0) return undefined;
  const kinds = values.flatMap((value) => value.split(',')).map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(CLAIM_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kinds: unknown claim kind "${kind}" (known: ${CLAIM_KINDS.join(', ')})`);
    }
  }
  return kinds as ClaimKind[];
}

/** Colour: --color/--no-color win; else never with NO_COLOR; else only when writing to a terminal. */
export function useColor(flag: boolean | undefined, io: CliIO, toStdout: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return toStdout && io.stdoutIsTTY;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
