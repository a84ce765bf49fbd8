import { compareStatuses, statusOf } from '../../../src/reconcile/compare/modality.js';

describe('polarity and modality', () => {
  test('possible vs not on the agenda conflicts', () => {
    const result = compareStatuses(statusOf('positive', 'possible'), statusOf('negative', 'planned'));
    expect(result.relation).toBe('different');
    expect(result.reason).toBe('one says it is possible, the other that it is not happening or not planned');
  });

  test('planned vs happened agrees; hypothetical commits to nothing', () => {
    expect(compareStatuses(statusOf('positive', 'planned'), statusOf('positive', 'asserted')).relation).toBe('compatible');
    expect(compareStatuses(statusOf('positive', 'hypothetical'), statusOf('negative', 'asserted')).relation).toBe('compatible');
    expect(compareStatuses(statusOf('negative', 'asserted'), statusOf('negative', 'denied')).relation).toBe('same');
  });
});
