import { readFileSync } from 'node:fs';
import { runCheck } from '../../src/pipeline.js';
import { parseExpected, scoreDifferences, type DifferenceScore } from '../../scripts/expected-differences.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';

const CLUSTERS = ['gaza-un-school-2009', 'geysers-quake-2013', 'papua-quake-2009', 'qeshm-quake-2005'];

describeWithShared('reconciler acceptance on the four ECB+ clusters', () => {
  const scores = new Map<string, DifferenceScore[]>();
  const updates = new Map<string, number>();

  beforeAll(async () => {
    for (const cluster of CLUSTERS) {
      const folder = sharedPath('corpus', cluster);
      const outcome = await runCheck([folder]);
      scores.set(cluster, scoreDifferences(parseExpected(readFileSync(`${folder}/EXPECTED.md`, 'utf8')), outcome.result, outcome.articles));
      updates.set(cluster, outcome.result.findings.filter((finding) => finding.verdict === 'update').length);
    }
  });

  test('at least 80 % of the differences EXPECTED.md lists are found', () => {
    const all = [...scores.values()].flat();
    const missed = all.filter((score) => !score.found).map((score) => score.difference.title);
    expect({ found: all.length - missed.length, total: all.length, missed }).toEqual(expect.objectContaining({ found: expect.any(Number) }));
    expect((all.length - missed.length) / all.length).toBeGreaterThanOrEqual(0.8);
  });

  test('the Qeshm death toll that rises from three to ten is labelled an update', () => {
    expect(updates.get('qeshm-quake-2005')).toBeGreaterThan(0);
  });
});
