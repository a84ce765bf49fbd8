/**
 * Drives the built CLI through a real pseudo-terminal (node-pty): keys go in as a person would type
 * them, the screen comes out as the terminal would show it.
 *
 * The binary is `dist/cli-bundle/bin.js` (built by `pretest`), or `$CORROBORATE_BIN` while developing
 * against a private build (`npx tsc -p tsconfig.build.json --outDir .build/NAME`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pty from 'node-pty';

export function cliBin(): string {
  return path.resolve(process.cwd(), process.env.CORROBORATE_BIN ?? 'dist/cli-bundle/bin.js');
}

/** Whether the binary is there; tests that need it fail with this message otherwise. */
export function requireBin(): void {
  if (!existsSync(cliBin())) throw new Error(`${cliBin()} is missing: run npm run build (or set CORROBORATE_BIN)`);
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-B]|\u001b[=>]/gu;
const CLEAR = '\u001b[2J';

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n/gu, '\n');
}

export interface PtyExit {
  exitCode: number;
  signal?: number;
}

export class PtyRun {
  private raw = '';
  readonly exited: Promise<PtyExit>;
  private readonly terminal: pty.IPty;

  constructor(args: string[], options: { cwd: string; env: Record<string, string> }) {
    this.terminal = pty.spawn(process.execPath, [cliBin(), ...args], {
      name: 'xterm-256color',
      cols: 120,
      rows: 40,
      cwd: options.cwd,
      env: options.env,
    });
    this.terminal.onData((data) => {
      this.raw += data;
    });
    this.exited = new Promise((resolve) => this.terminal.onExit((exit) => resolve(exit)));
  }

  get pid(): number {
    return this.terminal.pid;
  }

  /** Everything printed so far, without escape sequences. */
  output(): string {
    return stripAnsi(this.raw);
  }

  /** What the screen shows now: the text drawn since the last clear. */
  screen(): string {
    const at = this.raw.lastIndexOf(CLEAR);
    return stripAnsi(at < 0 ? this.raw : this.raw.slice(at + CLEAR.length));
  }

  /** Waits until the screen (or with `whole`, all output) matches. */
  async waitFor(expected: string | RegExp, { whole = false, timeout = 20000 } = {}): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const text = whole ? this.output() : this.screen();
      if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(expected)}; the screen shows:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  press(keys: string): void {
    this.terminal.write(keys);
  }

  /** Sends a signal to the CLI process itself. */
  signal(name: NodeJS.Signals): void {
    process.kill(this.terminal.pid, name);
  }

  kill(): void {
    try {
      this.terminal.kill();
    } catch {
      // Already gone.
    }
  }
}
