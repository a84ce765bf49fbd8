import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { sarifReporter } from '../../src/report/sarif-reporter.js';
import { allRuleMetas } from '../../src/report/rule-metas.js';
import { ARTICLES, EMPTY_RESULT, RESULT } from './fixtures/story.js';

// The official OASIS schema, vendored (tests/fixtures/sarif/README.md): no network at test time.
const schema = JSON.parse(readFileSync(path.resolve(process.cwd(), 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS: under Node's ESM loader its default import is `module.exports`.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (instance: Ajv) => Ajv;
addFormats(ajv);
const validate = ajv.compile(schema);

type Json = any;
const render = (result = RESULT): Json => JSON.parse(sarifReporter(result, { color: false, articles: ARTICLES, cwd: '/work/project' }));

describe('sarifReporter', () => {
  test('validates against the SARIF 2.1.0 schema, with and without results', () => {
    for (const log of [render(), render(EMPTY_RESULT)]) {
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
    expect(render(EMPTY_RESULT).runs[0].results).toEqual([]);
  });

  test('the schema check is real: a region without a start line or with column 0 fails', () => {
    const log = render();
    log.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    expect(validate(log)).toBe(false);
  });

  test('describes every rule from the reconciler metadata, plus rules only seen in findings', () => {
    const rules = render().runs[0].tool.driver.rules as Json[];
    for (const meta of allRuleMetas()) {
      const rule = rules.find((r) => r.id === meta.id);
      expect(rule).toMatchObject({ shortDescription: { text: meta.description }, help: { text: meta.help } });
    }
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['name-variant', 'input', 'meeting-modality', 'quote-wording']));
  });

  test('locates each result at its first side, with the region and snippet, and the other sides as related locations', () => {
    const results = render().runs[0].results as Json[];
    const meeting = results.find((r) => r.ruleId === 'meeting-modality');
    expect(meeting.level).toBe('error');
    expect(meeting.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'stories/001.md', uriBaseId: '%SRCROOT%' },
      region: {
        startLine: 9,
        startColumn: 16,
        endLine: 9,
        endColumn: 56,
        charOffset: RESULT.findings[0]!.positions[0]!.span.start,
        charLength: 40,
        snippet: { text: 'she could meet Prime Minister Rui Calado' },
      },
    });
    expect(meeting.relatedLocations).toHaveLength(1);
    expect(meeting.relatedLocations[0]).toMatchObject({
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'stories/002.txt' }, region: { startLine: 4, startColumn: 1, endColumn: 64 } },
    });
    const rules = render().runs[0].tool.driver.rules as Json[];
    expect(rules[meeting.ruleIndex].id).toBe('meeting-modality');
  });

  test('corroborations are passing results; other info findings are notes', () => {
    const results = render().runs[0].results as Json[];
    expect(results.find((r) => r.ruleId === 'time-agreement')).toMatchObject({ kind: 'pass', level: 'none' });
    expect(results.find((r) => r.ruleId === 'event-identity')).toMatchObject({ level: 'note' });
    // A file that could not be read as an article has no artifact to point into.
    expect(results.find((r) => r.ruleId === 'input').locations).toEqual([]);
  });

  test('same result, same bytes', () => {
    expect(sarifReporter(RESULT, { color: false, cwd: '/x' })).toBe(sarifReporter(RESULT, { color: false, cwd: '/x' }));
  });
});
