import { getEntry, refId } from '../ledger/entry-ref.js';
import { renderHelp, renderItem } from './render-item.js';
import type { ReviewSession } from './session.js';
import { CLEAR, readLine, type ReviewTerminal } from './terminal.js';

/** How the reviewer ended: `q` or the last item, or an interrupt (Ctrl-C, a signal). */
export interface InteractiveEnd {
  interrupted: boolean;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The key loop. One key at a time: each decision is written (by the session) before the next key
 * is read, so whatever ends the loop, every decision taken so far is on disk.
 */
export async function runInteractive(session: ReviewSession, terminal: ReviewTerminal, color: boolean): Promise<InteractiveEnd> {
  let status = '';
  while (!session.done()) {
    const item = session.current()!;
    terminal.write(CLEAR + renderItem(session.ledger, item, { color, position: session.position + 1, total: session.items.length, status }));
    status = '';
    const key = await terminal.nextKey();
    const id = refId(item.ref);
    const group = item.group.startsWith('claim:') ? `${item.group.slice(6)} claims` : item.group;
    switch (key.char || key.name) {
      case 'a':
        await session.accept();
        status = `✔ accepted ${id}`;
        break;
      case 'A':
        status = `✔ accepted ${plural(await session.accept(true), 'item')} of ${group}`;
        break;
      case 'r': {
        await session.reject();
        const reason = item.ref.type === 'finding' && !getEntry(session.ledger, item.ref)?.note;
        status = `✘ rejected ${id}${reason ? ' (no reason given: u undoes it, then n gives one before r)' : ''}`;
        break;
      }
      case 'R':
        status = `✘ rejected ${plural(await session.reject(true), 'item')} of ${group}`;
        break;
      case 's':
        await session.skip();
        status = `skipped ${id}`;
        break;
      case 'S':
        status = `skipped ${plural(await session.skip(true), 'item')} of ${group}`;
        break;
      case 'u': {
        const undone = await session.undo();
        status = undone ? `↶ undid ${undone}` : 'nothing to undo';
        break;
      }
      case 'e':
      case 'n': {
        const isNote = key.char === 'n';
        const entry = getEntry(session.ledger, item.ref);
        const prompt = isNote ? 'Note (Enter saves, Esc cancels): ' : 'Correct value (Enter saves, Esc cancels): ';
        const line = await readLine(terminal, prompt, isNote ? (entry?.note ?? '') : (entry?.correction ?? ''));
        if (line.interrupted) return { interrupted: true };
        if (line.text === undefined) status = 'cancelled';
        else if (isNote) {
          await session.note(line.text);
          status = `noted on ${id}`;
        } else if (line.text.trim() === '') status = 'no value given: nothing recorded';
        else {
          await session.correct(line.text);
          status = `✎ corrected ${id}`;
        }
        break;
      }
      case '?':
      case 'h':
        terminal.write(CLEAR + renderHelp(color));
        if ((await terminal.nextKey()).name === 'interrupt') return { interrupted: true };
        break;
      case 'q':
        return { interrupted: false };
      case 'interrupt':
        return { interrupted: true };
      default:
        status = 'unknown key: press ? for help';
    }
  }
  return { interrupted: false };
}
