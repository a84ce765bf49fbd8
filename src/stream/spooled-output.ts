import type { CliIO } from '../cli/io.js';
import type { Finding } from '../types.js';
import { TOOL_NAME, toolVersion } from '../version.js';
import { openStreamOutput } from './output.js';
import type { SpooledRun } from './story-check.js';

/**
 * Writes a run gone story by story as the JSON report, to stdout or FILE (atomically), then lets the
 * spool go. The same bytes as `writeJsonOutput` gives for the report built in memory.
 */
export async function writeSpooledJson(io: CliIO, run: SpooledRun, file: string | undefined, options: { events: boolean; keep?: (finding: Pick<Finding, 'id' | 'severity'>) => boolean }): Promise<void> {
  try {
    const output = await openStreamOutput(io, file);
    try {
      const head = { schemaVersion: 1, tool: { name: TOOL_NAME, version: toolVersion() }, articles: run.articles };
      await run.spool.write(head, output.write, { label: run.label, events: options.events, ...(options.keep ? { keep: options.keep } : {}) });
    } catch (error) {
      await output.abort();
      throw error;
    }
    await output.close();
  } finally {
    run.spool.close();
  }
}
