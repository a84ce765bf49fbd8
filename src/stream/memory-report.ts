import type { Claim, EventGroup, Finding } from '../types.js';
import { compareFindings } from '../reconcile/reconcile.js';
import type { StorySink } from './story-check.js';

/** A finding with what its place in the report depends on (see `ReportSpool`). */
interface Placed {
  finding: Finding;
  group: number;
  order: number;
  story: string | undefined;
}

/**
 * The claims, findings and events of a run gone story by story, kept in memory for the reports that
 * need the whole run at once (stylish, Markdown, HTML, SARIF…). Ordered as `ReportSpool` writes them,
 * which is the order `check` gives a run held in memory: claims as added, findings by
 * `compareFindings` (ties: input problems first, then stories in their order), events story by story,
 * event ids labelled by story.
 */
export class MemoryReport implements StorySink {
  readonly claims: Claim[] = [];
  private readonly findings: Placed[] = [];
  private readonly events: { story: string; group: number; events: readonly EventGroup[] }[] = [];

  addClaim(claim: Claim): void {
    this.claims.push(claim);
  }

  addFinding(finding: Finding, group: number, story?: string): void {
    this.findings.push({ finding, group, order: this.findings.length, story });
  }

  addEvents(story: string, group: number, events: readonly EventGroup[]): void {
    if (events.length > 0) this.events.push({ story, group, events });
  }

  /** The findings and events, sorted and labelled; `label(story)` is the prefix of a story's event ids. */
  report(label: (story: string) => string | undefined): { findings: Finding[]; events: EventGroup[] } {
    const placed = [...this.findings].sort((a, b) => compareFindings(a.finding, b.finding) || a.group - b.group || a.order - b.order);
    const findings = placed.map(({ finding, story }) => {
      const prefix = story === undefined ? undefined : label(story);
      return prefix !== undefined && finding.event ? { ...finding, event: `${prefix}/${finding.event}` } : finding;
    });
    const events: EventGroup[] = [];
    for (const entry of [...this.events].sort((a, b) => a.group - b.group)) {
      const prefix = label(entry.story);
      for (const event of entry.events) events.push(prefix === undefined ? event : { ...event, id: `${prefix}/${event.id}` });
    }
    return { findings, events };
  }
}
