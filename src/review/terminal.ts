import readline from 'node:readline';

/** One key as the reviewer sees it: the character typed, or a named key. */
export interface KeyPress {
  /** The character for printable keys (`a`, `A`, `?`), else empty. */
  char: string;
  /** `return`, `escape`, `backspace`, `interrupt` (Ctrl-C or a signal)… */
  name: string;
}

/** What the reviewer needs from a terminal; the real one is below, tests may use another. */
export interface ReviewTerminal {
  write(text: string): void;
  nextKey(): Promise<KeyPress>;
  /** Puts the terminal back as it was. Idempotent. */
  close(): void;
}

const ENTER_SCREEN = '\u001b[?1049h\u001b[?25l';
const LEAVE_SCREEN = '\u001b[?25h\u001b[?1049l';
export const CLEAR = '\u001b[2J\u001b[H';

/**
 * The process's terminal in raw mode, keys read with Node's own `readline.emitKeypressEvents`
 * (it decodes escape sequences and pasted text into keys; no dependency needed for single-key
 * input and a one-line prompt). Uses the alternate screen, so the summary printed after `close`
 * lands on the normal screen. SIGINT, SIGTERM and SIGHUP become an `interrupt` key that jumps the
 * queue: the decision being written finishes, then the reviewer stops.
 */
export function processTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): ReviewTerminal {
  const queue: KeyPress[] = [];
  let waiting: ((key: KeyPress) => void) | undefined;
  const deliver = (key: KeyPress, urgent = false) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(key);
    } else if (urgent) queue.unshift(key);
    else queue.push(key);
  };
  const onKey = (str: string | undefined, key: readline.Key | undefined) => {
    if (key?.ctrl && key.name === 'c') return deliver({ char: '', name: 'interrupt' }, true);
    const printable = str !== undefined && str.length === 1 && str >= ' ' && str !== '\u007f' && !key?.ctrl && !key?.meta;
    deliver({ char: printable ? str : '', name: key?.name ?? '' });
  };
  const onSignal = () => deliver({ char: '', name: 'interrupt' }, true);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

  readline.emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  stdin.on('keypress', onKey);
  stdin.resume();
  for (const signal of signals) process.on(signal, onSignal);
  stdout.write(ENTER_SCREEN);
  let open = true;
  const restore = () => close();
  process.on('exit', restore);
  function close(): void {
    if (!open) return;
    open = false;
    stdin.off('keypress', onKey);
    for (const signal of signals) process.off(signal, onSignal);
    process.off('exit', restore);
    if (stdin.isTTY) stdin.setRawMode(false);
    stdin.pause();
    stdout.write(LEAVE_SCREEN);
  }
  return {
    write: (text) => void stdout.write(text),
    nextKey: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise((resolve) => (waiting = resolve))),
    close,
  };
}

/**
 * Reads one line on the terminal's last row: printable keys append, Backspace deletes, Enter
 * accepts, Escape cancels (undefined). An interrupt cancels too and is handed back to the caller.
 */
export async function readLine(terminal: ReviewTerminal, prompt: string, initial = ''): Promise<{ text?: string; interrupted: boolean }> {
  let text = initial;
  const draw = () => terminal.write(`\r\u001b[2K${prompt}${text}`);
  terminal.write('\u001b[?25h');
  draw();
  try {
    for (;;) {
      const key = await terminal.nextKey();
      if (key.name === 'interrupt') return { interrupted: true };
      if (key.name === 'escape') return { interrupted: false };
      if (key.name === 'return' || key.name === 'enter') return { text, interrupted: false };
      if (key.name === 'backspace') text = [...text].slice(0, -1).join('');
      else if (key.char) text += key.char;
      draw();
    }
  } finally {
    terminal.write('\u001b[?25l');
  }
}
