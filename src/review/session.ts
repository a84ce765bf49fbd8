import { decide, type Decision, type Reviewer } from '../ledger/decide.js';
import { getEntry, putEntry, refId } from '../ledger/entry-ref.js';
import type { ClaimEntry, FindingEntry, Ledger } from '../ledger/ledger-types.js';
import type { ReviewItem } from './review-items.js';

export type Outcome = 'accepted' | 'rejected' | 'corrected' | 'skipped';

interface Step {
  /** Where the cursor was before the step. */
  from: number;
  /** Entries as they were before the step, by item position. */
  before: Map<number, ClaimEntry | FindingEntry>;
  /** Item positions whose outcome the step set. */
  decided: number[];
}

export interface Summary {
  accepted: ReviewItem[];
  rejected: ReviewItem[];
  corrected: ReviewItem[];
  skipped: ReviewItem[];
  /** Not reached before quitting. */
  left: ReviewItem[];
}

/**
 * The reviewer's state, apart from the terminal: a cursor over the items, the outcome of each,
 * and an undo history. Every change to the ledger is handed to `persist` before the method
 * returns, so a decision is on disk before the next key is read.
 */
export class ReviewSession {
  private cursor = 0;
  private readonly outcomes = new Map<number, Outcome>();
  private readonly history: Step[] = [];

  constructor(
    readonly ledger: Ledger,
    readonly items: readonly ReviewItem[],
    private readonly reviewer: Reviewer,
    private readonly persist: () => Promise<void>,
  ) {}

  get position(): number {
    return this.cursor;
  }

  current(): ReviewItem | undefined {
    return this.items[this.cursor];
  }

  done(): boolean {
    return this.cursor >= this.items.length;
  }

  /** This item, or with `all` this and every later undecided item of its group. */
  private targets(all: boolean): number[] {
    const item = this.current();
    if (!item) return [];
    if (!all) return [this.cursor];
    const targets: number[] = [];
    for (let i = this.cursor; i < this.items.length; i++) {
      if (this.items[i]!.group === item.group && !this.outcomes.has(i)) targets.push(i);
    }
    return targets;
  }

  private advance(): void {
    do this.cursor++;
    while (this.cursor < this.items.length && this.outcomes.has(this.cursor));
  }

  private async apply(positions: number[], decision: Decision | undefined, outcome: Outcome | undefined): Promise<number> {
    if (positions.length === 0) return 0;
    const step: Step = { from: this.cursor, before: new Map(), decided: [] };
    for (const position of positions) {
      const ref = this.items[position]!.ref;
      const entry = getEntry(this.ledger, ref);
      if (!entry) continue;
      step.before.set(position, entry);
      if (decision) putEntry(this.ledger, ref, decide(entry, decision, this.reviewer));
      if (outcome) {
        this.outcomes.set(position, outcome);
        step.decided.push(position);
      }
    }
    if (decision && step.before.size > 0) await this.persist();
    this.history.push(step);
    if (outcome) this.advance();
    return positions.length;
  }

  /** `a` / `A`. Returns how many items were decided. */
  accept(all = false): Promise<number> {
    return this.apply(this.targets(all), { action: 'accept' }, 'accepted');
  }

  /** `r` / `R`. */
  reject(all = false): Promise<number> {
    return this.apply(this.targets(all), { action: 'reject' }, 'rejected');
  }

  /** `e`: the corrected value. */
  correct(value: string): Promise<number> {
    return this.apply(this.targets(false), { action: 'correct', value }, 'corrected');
  }

  /** `n`: a note on the current item; the cursor stays. */
  note(text: string): Promise<number> {
    return this.apply(this.targets(false), { action: 'note', note: text }, undefined);
  }

  /** `s` / `S`: nothing is written. */
  skip(all = false): Promise<number> {
    return this.apply(this.targets(all), undefined, 'skipped');
  }

  /** `u`: restores the entries the last step changed and moves back to where it was taken. */
  async undo(): Promise<string | undefined> {
    const step = this.history.pop();
    if (!step) return undefined;
    let restored = false;
    for (const [position, entry] of step.before) {
      const ref = this.items[position]!.ref;
      if (getEntry(this.ledger, ref) !== entry) {
        putEntry(this.ledger, ref, entry);
        restored = true;
      }
    }
    for (const position of step.decided) this.outcomes.delete(position);
    if (restored) await this.persist();
    this.cursor = step.from;
    const ids = [...step.before.keys()].map((position) => refId(this.items[position]!.ref));
    return ids.length === 1 ? ids[0] : `${ids.length} items`;
  }

  summary(): Summary {
    const summary: Summary = { accepted: [], rejected: [], corrected: [], skipped: [], left: [] };
    this.items.forEach((item, position) => {
      const outcome = this.outcomes.get(position);
      summary[outcome ?? 'left'].push(item);
    });
    return summary;
  }
}
