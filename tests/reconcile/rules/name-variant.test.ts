import type { PersonValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { areNameVariants, nameVariantRule } from '../../../src/reconcile/rules/name-variant.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const person = (name: string, mention: PersonValue['mention'] = 'full-name'): PersonValue => ({ name, canonical: name, entity: name.toLowerCase(), mention });

describe('name variants', () => {
  test('one letter or one sound apart, word for word', () => {
    expect(areNameVariants('Katherine Novak', 'Catherine Novak')).toBe(true);
    expect(areNameVariants('Jonathon Pryce', 'Jonathan Pryce')).toBe(true);
    expect(areNameVariants('Ahmad Rezaei', 'Ahmed Rezaie')).toBe(true);
  });

  test('different people, case-only differences and different lengths are not variants', () => {
    expect(areNameVariants('Li Wei', 'Li Wen')).toBe(false);
    expect(areNameVariants('Maria Lopez', 'Mario Perez')).toBe(false);
    expect(areNameVariants('NOVAK', 'Novak')).toBe(false);
    expect(areNameVariants('Novak', 'Katherine Novak')).toBe(false);
  });

  test('a variant across articles is a warning with a position in each spelling', () => {
    const a = makeArticle('a', 'Governor Katherine Novak visited the dam.', '2025-02-01');
    const b = makeArticle('b', 'Catherine Novak, the governor, toured the dam.', '2025-02-01');
    const claims = [claimOn(a, 'person', 'Katherine Novak', person('Katherine Novak')), claimOn(b, 'person', 'Catherine Novak', person('Catherine Novak'))];
    const [finding, ...rest] = reconcile([a, b], claims, [nameVariantRule]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', verdict: 'variant', message: 'The person name is spelt "Catherine Novak" and "Katherine Novak" ("Catherine Novak" in b; "Katherine Novak" in a).' });
    expect(finding!.positions.map((p) => [p.article, p.text, p.span.start])).toEqual([
      ['b', 'Catherine Novak', 0],
      ['a', 'Katherine Novak', 9],
    ]);
  });
});
