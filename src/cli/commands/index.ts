import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { reconcileCommand } from './reconcile.js';
import { reportCommand } from './report.js';
import { reviewCommand } from './review.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [checkCommand, extractCommand, reconcileCommand, reportCommand, reviewCommand];
