import type { Article, CheckResult } from '../types.js';

export interface ReporterOptions {
  /** Use ANSI colours (TTY and no NO_COLOR, unless forced by --color/--no-color). */
  color: boolean;
  /** The articles with their text, for reporters that show context (HTML, Markdown). */
  articles?: readonly Article[];
  /** Working directory, for relative paths in CI formats. */
  cwd?: string;
}

/** A reporter is a pure function from the result to text. */
export type Reporter = (result: CheckResult, options: ReporterOptions) => string;
