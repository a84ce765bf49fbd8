import type { PlaceValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { relativeLocationRule } from '../../../src/reconcile/rules/relative-location.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const relative = (km: number, amount: number, unit: string, bearing: string): PlaceValue => ({
  name: 'Fresno',
  containedIn: [],
  relative: { distance: { amount, unit, km }, bearing, reference: 'Fresno' },
});
const run = (...args: Parameters<typeof reconcile>) => reconcile(args[0], args[1], [relativeLocationRule]).findings;

describe('relative location rule', () => {
  test('distances from one reference that cannot match are a warning', () => {
    const a = makeArticle('a', 'The epicentre was 20 miles north of Fresno.', '2025-02-01');
    const b = makeArticle('b', 'The epicentre was 26 miles north of Fresno.', '2025-02-01');
    const claims = [claimOn(a, 'place', '20 miles north of Fresno', relative(32.2, 20, 'mi', 'N')), claimOn(b, 'place', '26 miles north of Fresno', relative(41.8, 26, 'mi', 'N'))];
    const [finding] = run([a, b], claims);
    expect(finding).toMatchObject({ severity: 'warning', messageId: 'distance' });
  });

  test('kilometres and miles that match, within one compass point, are info', () => {
    const a = makeArticle('a', 'It struck 58 km south-west of Fresno.', '2025-02-01');
    const b = makeArticle('b', 'It struck 36 miles south-southwest of Fresno.', '2025-02-01');
    const claims = [claimOn(a, 'place', '58 km south-west of Fresno', relative(58, 58, 'km', 'SW')), claimOn(b, 'place', '36 miles south-southwest of Fresno', relative(57.9, 36, 'mi', 'SSW'))];
    expect(run([a, b], claims).map((f) => [f.severity, f.messageId])).toEqual([['info', 'close']]);
  });
});
