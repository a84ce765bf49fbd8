import type { QuantityValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { quantityAgreementRule } from '../../../src/reconcile/rules/quantity-agreement.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const count = (amount: number, counted: string, extra: Partial<QuantityValue> = {}): QuantityValue => ({
  amount,
  unit: 'people',
  dimension: 'count',
  qualifier: 'exactly',
  counted,
  ...extra,
});
const magnitude = (amount: number, speaker?: string): QuantityValue => ({
  amount,
  unit: 'magnitude',
  dimension: 'magnitude',
  qualifier: 'exactly',
  counted: 'magnitude',
  ...(speaker ? { speaker } : {}),
});

const run = (...args: Parameters<typeof reconcile>) => reconcile(args[0], args[1], [quantityAgreementRule]).findings;

describe('quantity rule', () => {
  test('a toll that rises in a later article is an update, not a conflict', () => {
    const early = makeArticle('early', 'A storm killed at least four people on the island.', '2025-03-10');
    const late = makeArticle('late', 'The storm has now killed nine people, officials said.', '2025-03-11');
    const claims = [claimOn(early, 'quantity', 'at least four people', count(4, 'killed', { qualifier: 'at-least' })), claimOn(late, 'quantity', 'nine people', count(9, 'killed'))];
    const findings = run([early, late], claims);
    expect(findings.map((f) => [f.severity, f.verdict])).toEqual([['info', 'update']]);
    expect(findings[0]!.message).toBe('The death toll rose as reports came in: at least four people (2025-03-10) → nine people (2025-03-11).');
    expect(findings[0]!.positions.map((p) => [p.article, p.text, p.span.start])).toEqual([
      ['early', 'at least four people', 15],
      ['late', 'nine people', 25],
    ]);
  });

  test('a toll that falls later, or two same-day tolls that differ, conflict', () => {
    const first = makeArticle('first', 'The flood killed 12 people.', '2025-05-01');
    const second = makeArticle('second', 'The flood killed 10 people.', '2025-05-02');
    const same = makeArticle('same', 'The flood killed 15 people.', '2025-05-01');
    const claims = [claimOn(first, 'quantity', '12 people', count(12, 'killed')), claimOn(second, 'quantity', '10 people', count(10, 'killed')), claimOn(same, 'quantity', '15 people', count(15, 'killed'))];
    const findings = run([first, second, same], claims);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe('The articles disagree on the death toll (3 figures that cannot all be true).');
  });

  test('different agencies are attributions; one agency with two values conflicts', () => {
    const a = makeArticle('a', 'The national centre put it at 5.8, while the USGS said 6.0.', '2025-01-02');
    const b = makeArticle('b', 'The U.S. Geological Survey measured 6.3.', '2025-01-02');
    const claims = [
      claimOn(a, 'quantity', '5.8', magnitude(5.8, 'the national centre')),
      claimOn(a, 'quantity', '6.0', magnitude(6.0, 'the USGS')),
      claimOn(b, 'quantity', '6.3', magnitude(6.3, 'U.S. Geological Survey')),
    ];
    const findings = run([a, b], claims);
    expect(findings.map((f) => [f.severity, f.verdict, f.positions.map((p) => p.text)])).toEqual([['error', 'conflict', ['6.0', '6.3']]]);
    const c = makeArticle('c', 'The national centre gave 5.8.', '2025-01-02');
    const d = makeArticle('d', 'A joint statement by IRNA and the USGS put it at 6.3.', '2025-01-02');
    const across = run([c, d], [claimOn(c, 'quantity', '5.8', magnitude(5.8, 'the national centre')), claimOn(d, 'quantity', '6.3', magnitude(6.3, 'IRNA and the USGS'))]);
    expect(across.map((f) => [f.severity, f.verdict])).toEqual([['info', 'attribution']]);
  });

  test('two quakes in one article are each compared with the nearest value of the other', () => {
    const a = makeArticle('a', 'Two quakes, measuring 7.6 and 7.4, struck.', '2025-01-02');
    const b = makeArticle('b', 'Quakes of 7.6 and 7.5 struck.', '2025-01-02');
    const claims = [claimOn(a, 'quantity', '7.6', magnitude(7.6)), claimOn(a, 'quantity', '7.4', magnitude(7.4)), claimOn(b, 'quantity', '7.6', magnitude(7.6)), claimOn(b, 'quantity', '7.5', magnitude(7.5))];
    const conflict = run([a, b], claims).find((f) => f.severity === 'error');
    expect(conflict!.positions.map((p) => p.text)).toEqual(['7.4', '7.5']);
  });

  test('an aftershock a whole point weaker is not compared with the main shock', () => {
    const a = makeArticle('a', 'A 6.2 quake hit; a 4.8 aftershock followed.', '2025-01-02');
    const b = makeArticle('b', 'The 6.2 quake was strong.', '2025-01-02');
    const claims = [claimOn(a, 'quantity', '6.2', magnitude(6.2)), claimOn(a, 'quantity', '4.8', magnitude(4.8)), claimOn(b, 'quantity', '6.2', magnitude(6.2))];
    expect(run([a, b], claims).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('agreement across independent outlets is a corroboration with the number of sources', () => {
    const a = makeArticle('a', 'A quake of magnitude 6.1 hit the coast.', '2025-01-02', { outlet: 'One' });
    const b = makeArticle('b', 'The 6.1 quake shook the city.', '2025-01-02', { outlet: 'Two' });
    const c = makeArticle('c', 'It measured 6.1, experts said.', '2025-01-02', { outlet: 'Two' });
    const claims = [claimOn(a, 'quantity', '6.1', magnitude(6.1)), claimOn(b, 'quantity', '6.1', magnitude(6.1)), claimOn(c, 'quantity', '6.1', magnitude(6.1))];
    const findings = run([a, b, c], claims);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', verdict: 'corroborated', sources: 2 });
  });

  test('miles and kilometres are compared in one unit', () => {
    const a = makeArticle('a', 'It struck at a depth of 22 miles.', '2025-01-02');
    const b = makeArticle('b', 'It struck at a depth of 35 kilometres.', '2025-01-02');
    const depth = (amount: number, unit: string, km: number): QuantityValue => ({ amount, unit, dimension: 'depth', qualifier: 'exactly', counted: 'depth', normalized: { amount: km, unit: 'km' } });
    const findings = run([a, b], [claimOn(a, 'quantity', '22 miles', depth(22, 'mi', 35.4)), claimOn(b, 'quantity', '35 kilometres', depth(35, 'km', 35))]);
    expect(findings.map((f) => f.verdict)).toEqual(['granularity']);
  });

  test("a school's toll and a war's toll are not compared", () => {
    const a = makeArticle('a', 'The strike killed 40 people; the war has killed more than 600.', '2025-01-02');
    const b = makeArticle('b', 'The strike killed 41 people.', '2025-01-02');
    const claims = [claimOn(a, 'quantity', '40 people', count(40, 'killed')), claimOn(a, 'quantity', 'more than 600', count(600, 'killed', { qualifier: 'more-than' })), claimOn(b, 'quantity', '41 people', count(41, 'killed'))];
    const findings = run([a, b], claims);
    expect(findings.map((f) => f.positions.map((p) => p.text))).toEqual([['40 people', '41 people']]);
  });
});
