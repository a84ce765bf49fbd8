import { INPUT_RULE_META } from '../../src/reconcile/input-findings.js';
import { RULES } from '../../src/reconcile/rules/index.js';
import { allRuleMetas, ruleMetasFor } from '../../src/report/rule-metas.js';
import { FINDINGS } from './fixtures/story.js';

describe('rule metadata for reporters', () => {
  test('every reconciler rule, in order, then the input rule', () => {
    expect(allRuleMetas()).toEqual([...RULES.map((rule) => rule.meta), INPUT_RULE_META]);
    for (const meta of allRuleMetas()) {
      expect(meta.description.length).toBeGreaterThan(10);
      expect(meta.help.length).toBeGreaterThan(10);
    }
  });

  test('rules seen only in findings get a minimal entry, once each', () => {
    const known = new Set(allRuleMetas().map((meta) => meta.id));
    const extra = ruleMetasFor(FINDINGS).filter((meta) => !known.has(meta.id));
    const unknownIds = [...new Set(FINDINGS.map((finding) => finding.rule).filter((id) => !known.has(id)))].sort();
    expect(extra.map((meta) => meta.id)).toEqual(unknownIds);
  });
});
