import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Claim, EventGroup, Finding } from '../types.js';
import { compareFindings } from '../reconcile/reconcile.js';
import { prettyElement, prettyField } from './write-json.js';

/** Where one spooled record lies in its file. */
interface Slice {
  offset: number;
  length: number;
}

/** A finding kept on disk, with what its place in the report depends on. */
interface SpooledFinding extends Slice {
  /** Sorted like the finding itself (`compareFindings`), without reading it back; holds its severity. */
  key: Finding;
  /**
   * Ties keep the order one array of all findings would have before a stable sort: input problems
   * (group -1) first, then the stories in the order their first article came, each in its own order.
   */
  group: number;
  order: number;
  story: string | undefined;
  /** The finding's event id as reconciled, before its story's label is known. */
  event: string | undefined;
}

interface SpooledEvents extends Slice {
  story: string;
  group: number;
}

// Bytes gathered before a write: one system call per claim would be slow.
const CHUNK = 1 << 20;

/**
 * Appends text to a file, in chunks. A record appended with `append` gets its place in the file (its
 * UTF-8 length is counted as it comes); text appended with `appendText` only ends up in the file: its
 * bytes are counted once, when a chunk is written, and the file's pieces are cut where chunks end.
 * A file takes one kind or the other.
 */
class SpoolFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;
  /** Bytes in the file and in `pending`, for a file of records (`append`). */
  private counted = 0;
  /** Bytes written to the file. */
  private written = 0;
  /** Where each chunk written ends: the text is whole there. */
  private readonly chunkEnds: number[] = [];

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+', 0o600);
  }

  /** A record, and where it will lie in the file. */
  append(text: string): Slice {
    const length = Buffer.byteLength(text);
    const slice = { offset: this.counted, length };
    this.counted += length;
    this.appendText(text);
    return slice;
  }

  /** Text whose place in the file nobody asks for. */
  appendText(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.pendingChars === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    // A whole chunk's encoded length, from the write itself, instead of each piece's on its own.
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.written += bytes.length;
    this.chunkEnds.push(this.written);
  }

  read(slice: Slice): string {
    return this.bytes(slice).toString('utf8');
  }

  private bytes(slice: Slice): Buffer {
    this.flush();
    const buffer = Buffer.allocUnsafe(slice.length);
    let done = 0;
    while (done < slice.length) done += readSync(this.fd, buffer, done, slice.length - done, slice.offset + done);
    return buffer;
  }

  /**
   * The whole file as UTF-8 bytes, a written chunk at a time: copied out as they are, since decoding
   * megabytes of claims only to encode them again costs the report's last step (which nothing else
   * overlaps) tens of milliseconds.
   */
  *pieces(): Generator<Buffer> {
    this.flush();
    let from = 0;
    for (const end of this.chunkEnds) {
      if (end > from) yield this.bytes({ offset: from, length: end - from });
      from = end;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Claims as a JSON report lists them: each rendered by `prettyElement`, one after the other. */
export interface RenderedClaims {
  text: string;
  count: number;
}

// Between two claims of the report's list.
const CLAIM_SEPARATOR = ',\n    ';

// Claims rendered in one piece: big enough that the pretty-printer runs once per article for most,
// small enough that a huge article's text (a million claims) never makes one string too long to hold.
const CLAIMS_PER_BLOCK = 1000;

/**
 * Claims as the report lists them, in blocks of consecutive claims, each made when asked for: on the
 * thread that extracted them, one text per block crosses threads and is appended at once, instead of
 * one per claim; a huge article's blocks go to the spool one at a time, never all held together.
 */
export function* renderClaims(claims: readonly Claim[]): Generator<RenderedClaims> {
  for (let start = 0; start < claims.length; start += CLAIMS_PER_BLOCK) {
    const block = claims.slice(start, start + CLAIMS_PER_BLOCK);
    // The block pretty-printed at once is each claim's `prettyElement` joined by the separator, two
    // spaces less indented: JSON escapes every newline inside a string, so each newline is the layout's.
    yield { text: JSON.stringify(block, null, 2).slice(4, -2).replace(/\n/gu, '\n  '), count: block.length };
  }
}

/** A key that sorts like the finding: severity, then the first position, then the id. */
function sortKey(finding: Finding): Finding {
  const first = finding.positions[0];
  return {
    id: finding.id,
    severity: finding.severity,
    positions: first ? [{ article: first.article, span: { start: first.span.start, end: first.span.end } }] : [],
  } as unknown as Finding;
}

/**
 * The big parts of a JSON report — claims, findings, events — kept in a temporary folder instead of in
 * memory while a run goes story by story, then written out exactly as `writePrettyJson` writes the
 * whole report: claims in the order they were added, findings sorted by `compareFindings`, events in
 * story order, event ids labelled by story once every story is known. The folder is removed by `close`.
 */
export class ReportSpool {
  private readonly folder: string;
  private readonly claims: SpoolFile;
  private readonly findings: SpoolFile;
  private readonly events: SpoolFile;
  private claimCount = 0;
  private readonly findingIndex: SpooledFinding[] = [];
  private readonly eventIndex: SpooledEvents[] = [];

  constructor() {
    this.folder = mkdtempSync(path.join(os.tmpdir(), 'corroborate-report-'));
    this.claims = new SpoolFile(path.join(this.folder, 'claims'));
    this.findings = new SpoolFile(path.join(this.folder, 'findings'));
    this.events = new SpoolFile(path.join(this.folder, 'events'));
  }

  addClaim(claim: Claim): void {
    this.addRenderedClaims({ text: prettyElement(claim), count: 1 });
  }

  /** Claims already rendered as the report lists them (`renderClaims`), on the thread that extracted them. */
  addRenderedClaims(claims: RenderedClaims): void {
    if (claims.count === 0) return;
    this.claims.appendText(`${this.claimCount === 0 ? '    ' : CLAIM_SEPARATOR}${claims.text}`);
    this.claimCount += claims.count;
  }

  /**
   * A finding of `group` (-1 for input problems, else the story's place among the stories) from
   * `story`, whose label its event id takes (absent: input problems, which have no event).
   */
  addFinding(finding: Finding, group: number, story?: string): void {
    // Kept as the report prints it, so writing is copying; only a labelled event id is patched then.
    const slice = this.findings.append(prettyElement(finding));
    this.findingIndex.push({ ...slice, key: sortKey(finding), group, order: this.findingIndex.length, story, event: finding.event || undefined });
  }

  /** A story's events, in their order; `group` is the story's place among the stories. */
  addEvents(story: string, group: number, events: readonly EventGroup[]): void {
    if (events.length === 0) return;
    this.eventIndex.push({ ...this.events.append(JSON.stringify(events)), story, group });
  }

  /** How many findings of each severity were added. */
  counts(): Record<Finding['severity'], number> {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const entry of this.findingIndex) counts[entry.key.severity]++;
    return counts;
  }

  /**
   * Writes the report: `head` (schema version, tool, articles) as given, then the spooled parts.
   * `label(story)` gives the prefix of a story's event ids (undefined: ids stay as they are);
   * `keep` leaves findings out by their severity (`--quiet`).
   */
  async write(
    head: Record<string, unknown>,
    write: (text: string | Uint8Array) => Promise<void>,
    options: { label: (story: string) => string | undefined; keep?: (finding: Pick<Finding, 'id' | 'severity'>) => boolean; events: boolean },
  ): Promise<void> {
    await write('{\n');
    for (const [key, value] of Object.entries(head)) await write(prettyField(key, value, ','));
    if (this.claimCount === 0) await write('  "claims": [],\n');
    else {
      await write('  "claims": [\n');
      for (const piece of this.claims.pieces()) await write(piece);
      await write('\n  ],\n');
    }
    // Findings: sorted by their keys, read back one at a time, opened lazily (`--quiet` may keep none).
    const findings = this.findingIndex.sort((a, b) => compareFindings(a.key, b.key) || a.group - b.group || a.order - b.order);
    let shown = 0;
    for (const entry of findings) {
      if (options.keep && !options.keep(entry.key)) continue;
      let text = this.findings.read(entry);
      const label = entry.story === undefined || entry.event === undefined ? undefined : options.label(entry.story);
      // The event id is a top-level field: the only line indented by six spaces that starts with it.
      if (label !== undefined) text = text.replace(`\n      "event": ${JSON.stringify(entry.event)}`, `\n      "event": ${JSON.stringify(`${label}/${entry.event}`)}`);
      await write(`${shown++ === 0 ? '  "findings": [\n' : ',\n'}    ${text}`);
    }
    await write(`${shown === 0 ? '  "findings": []' : '\n  ]'}${options.events ? ',' : ''}\n`);
    if (options.events) {
      let count = 0;
      for (const entry of this.eventIndex.sort((a, b) => a.group - b.group)) {
        const label = options.label(entry.story);
        for (const event of JSON.parse(this.events.read(entry)) as EventGroup[]) {
          await write(`${count++ === 0 ? '  "events": [\n' : ',\n'}    ${prettyElement(label === undefined ? event : { ...event, id: `${label}/${event.id}` })}`);
        }
      }
      await write(count === 0 ? '  "events": []\n' : '\n  ]\n');
    }
    await write('}\n');
  }

  /** Removes the temporary folder. */
  close(): void {
    for (const file of [this.claims, this.findings, this.events]) {
      try {
        file.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
