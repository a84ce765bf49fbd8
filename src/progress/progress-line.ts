import type { RunProgress } from './run-progress.js';

export interface ProgressLineOptions {
  /** Milliseconds, monotonic. */
  now?: () => number;
  /** Nothing is shown for runs shorter than this (ms). */
  delay?: number;
  /** Least time between two redraws (ms). */
  interval?: number;
  /** Longest line drawn, in characters (the terminal's width). */
  columns?: number;
}

const CLEAR_LINE = '\r\u001b[2K';

/** `1234567` → `1,234,567`, the same on every machine (no locale). */
function count(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/**
 * One line on a terminal that says how far a run is: articles read, claims, findings, rate and the
 * time left. Drawn only once the run has taken longer than `delay` (a quick run prints nothing),
 * redrawn at most every `interval`, and wiped by `done()` before the report is written.
 */
export class ProgressLine implements RunProgress {
  private readonly now: () => number;
  private readonly delay: number;
  private readonly interval: number;
  private readonly columns: number;
  private readonly started: number;
  private extractStarted: number | undefined;
  private total: number | undefined;
  private articles = 0;
  private claims = 0;
  private findingCount: number | undefined;
  private stageName = 'reading';
  private drawnAt: number | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private finished = false;

  constructor(
    private readonly write: (text: string) => void,
    options: ProgressLineOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.delay = options.delay ?? 1000;
    this.interval = options.interval ?? 200;
    this.columns = Math.max(20, (options.columns ?? 80) - 1);
    this.started = this.now();
  }

  /** Redraws on a timer too, so the line moves while workers are busy; the timer never keeps the process alive. */
  startTimer(): this {
    this.timer = setInterval(() => this.tick(), this.interval);
    this.timer.unref?.();
    return this;
  }

  planned(articles: number): void {
    this.total = articles;
    this.tick();
  }

  article(claims: number): void {
    this.articles++;
    this.claims += claims;
    this.tick();
  }

  stage(name: string): void {
    if (name === 'extract') this.extractStarted ??= this.now();
    this.stageName = name;
    // A stage change is drawn at once: the next stage may run for a while without any callback.
    this.tick(true);
  }

  findings(count: number): void {
    this.findingCount = count;
    this.tick(true);
  }

  /** The line as it would be drawn now. */
  text(): string {
    const now = this.now();
    const parts: string[] = [];
    const total = this.total;
    parts.push(total !== undefined ? `${count(this.articles)}/${count(total)} articles` : `${count(this.articles)} articles`);
    parts.push(`${count(this.claims)} claims`);
    if (this.findingCount !== undefined) parts.push(`${count(this.findingCount)} findings`);
    if (this.stageName === 'extract' && this.extractStarted !== undefined && this.articles > 0) {
      const seconds = (now - this.extractStarted) / 1000;
      const rate = this.articles / Math.max(seconds, 1e-3);
      parts.push(`${rate < 10 ? rate.toFixed(1) : count(rate)} articles/s`);
      if (total !== undefined && total > this.articles) parts.push(`ETA ${duration((total - this.articles) / rate)}`);
    } else if (this.stageName !== 'extract') {
      parts.push(`${this.stageName}…`);
    }
    const line = `corroborate: ${parts.join(' · ')}`;
    return line.length > this.columns ? `${line.slice(0, this.columns - 1)}…` : line;
  }

  private tick(force = false): void {
    if (this.finished) return;
    const now = this.now();
    if (now - this.started < this.delay) return;
    if (!force && this.drawnAt !== undefined && now - this.drawnAt < this.interval) return;
    this.drawnAt = now;
    this.write(`${CLEAR_LINE}${this.text()}`);
  }

  /** Stops the timer and wipes the line, if one was drawn. */
  done(): void {
    this.finished = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.drawnAt !== undefined) this.write(CLEAR_LINE);
    this.drawnAt = undefined;
  }
}
