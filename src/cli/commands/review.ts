import type { Argv } from 'yargs';
import type { Command } from '../command.js';
import { UsageError, type CliIO } from '../io.js';
import { parseKindsOption, parsePublishedOption, useColor } from '../options.js';
import { loadInputs } from '../run-helpers.js';

type Mode = 'interactive' | 'list' | 'accept' | 'reject' | 'correct' | 'accept-all';

export const NON_INTERACTIVE_HELP = `review is interactive and needs a terminal; without one, use:
  corroborate review --list [paths..]               what needs review, with ids
  corroborate review --accept ID [--note TEXT]      accept a claim or finding
  corroborate review --reject ID --note TEXT        reject it, with the reason
  corroborate review --accept-all [paths..]         accept everything pending (start a baseline)
`;

function modeOf(args: Record<string, unknown>): Mode {
  const given: Mode[] = [];
  if (args.list) given.push('list');
  if ((args.accept as string[] | undefined)?.length) given.push('accept');
  if ((args.reject as string[] | undefined)?.length) given.push('reject');
  if ((args.correct as string[] | undefined)?.length) given.push('correct');
  if (args.acceptAll) given.push('accept-all');
  if (given.length > 1) throw new UsageError(`choose one of --list, --accept, --reject, --correct, --accept-all (got ${given.map((mode) => `--${mode}`).join(', ')})`);
  const mode = given[0] ?? 'interactive';
  if (mode === 'reject' && !args.note) throw new UsageError('--reject needs --note TEXT: the reason the claim is wrong or the finding is dismissed');
  if (mode === 'correct' && args.value === undefined) throw new UsageError('--correct needs --value TEXT: the right value');
  return mode;
}

async function review(args: Record<string, unknown>, io: CliIO, mode: Mode): Promise<number> {
  // Loaded one after the other: only now that a review runs (keeps --help fast).
  const { ledgerLocation, asUsage } = await import('../../ledger/check-step.js');
  const { openForReview } = await import('../../review/open-ledger.js');
  const { itemsToReview } = await import('../../review/review-items.js');
  const verbs = await import('../../review/verbs.js');
  const { saveLedger } = await import('../../ledger/ledger-store.js');
  const { currentReviewer } = await import('../../ledger/reviewer.js');
  const paths = (args.paths as string[] | undefined) ?? [];
  const kinds = parseKindsOption(args.kinds as string[] | undefined);
  const options = { ...parsePublishedOption(args.published as string[] | undefined), kinds };
  const { runCheck } = await import('../../pipeline.js');
  const loadRun = paths.length > 0 ? () => loadInputs(() => runCheck(paths, options), paths) : undefined;
  const { label, dir } = ledgerLocation(args.claims as string | undefined, io.cwd);
  const note = args.note as string | undefined;
  return asUsage(async () => {
    const opened = await openForReview({
      dir,
      label,
      ...(loadRun ? { loadRun } : {}),
      ...(kinds ? { kinds } : {}),
      write: mode !== 'list',
      // A person at the keyboard is told at once; scripted verbs wait briefly for a `check` to finish.
      wait: mode === 'interactive' ? 0 : 2000,
      command: 'corroborate review',
    });
    try {
      const { ledger } = opened;
      const items = itemsToReview(ledger, opened.sync, args.only as 'findings' | 'claims' | undefined);
      const reviewer = currentReviewer(io.cwd, io.env);
      switch (mode) {
        case 'list':
          io.stdout(verbs.listItems(ledger, items, opened.sync));
          return 0;
        case 'accept-all': {
          const count = verbs.acceptAll(ledger, items, reviewer, note);
          await saveLedger(ledger);
          io.stdout(`accepted ${count} item${count === 1 ? '' : 's'} in ${label}\n`);
          return 0;
        }
        case 'accept':
        case 'reject':
        case 'correct': {
          const ids = args[mode] as string[];
          const decision =
            mode === 'correct'
              ? { action: mode, value: String(args.value), ...(note !== undefined ? { note } : {}) }
              : { action: mode, ...(note !== undefined ? { note } : {}) };
          const lines = verbs.decideByIds(ledger, ids, decision, reviewer);
          await saveLedger(ledger);
          io.stdout(`${lines.join('\n')}\n`);
          return 0;
        }
        case 'interactive': {
          const { startInteractive } = await import('../../review/start-interactive.js');
          return await startInteractive(ledger, items, reviewer, useColor(args.color as boolean | undefined, io, true), io);
        }
      }
    } finally {
      opened.lock?.release();
    }
  });
}

export const reviewCommand: Command = {
  command: 'review [paths..]',
  describe: 'Review claims and findings one by one; verdicts are kept in claims/ (needs a terminal; see --list, --accept, --reject, --accept-all)',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { type: 'string', array: true, describe: 'Articles to check first; their new claims and findings are recorded as pending' })
      .option('claims', { type: 'string', describe: 'The review ledger folder (default: claims)' })
      .option('only', { type: 'string', choices: ['findings', 'claims'], describe: 'Review only findings, or only claims' })
      .option('list', { type: 'boolean', describe: 'List what needs review, with ids (writes nothing)' })
      .option('accept', { type: 'string', array: true, describe: 'Accept the claims or findings with these ids (a unique prefix is enough)' })
      .option('reject', { type: 'string', array: true, describe: 'Reject them; needs --note with the reason' })
      .option('correct', { type: 'string', array: true, describe: 'Correct the value of a claim, or mark a finding fixed; needs --value' })
      .option('value', { type: 'string', describe: 'The right value, for --correct' })
      .option('note', { type: 'string', describe: 'A note kept with the verdict' })
      .option('accept-all', { type: 'boolean', describe: 'Accept everything that needs review: start a baseline' })
      .option('published', { type: 'string', array: true, describe: 'Publication date: ID=DATE for one article, or DATE for all' })
      .option('kinds', { type: 'string', array: true, describe: 'Claim kinds to extract, comma-separated' })
      .option('color', { type: 'boolean', describe: 'Force colour on or off' })
      .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' }) as unknown as Argv,
  async run(args, io) {
    const mode = modeOf(args);
    if (mode === 'interactive' && !(io.stdoutIsTTY && process.stdin.isTTY)) {
      io.stderr(`corroborate: ${NON_INTERACTIVE_HELP}`);
      return 2;
    }
    return review(args, io, mode);
  },
};
