import { claimEvidence, findingEvidence, findingKeys, foldQuote } from '../../src/ledger/finding-key.js';
import { article, claimsOf, finding } from './fixtures.js';

describe('foldQuote', () => {
  test('ignores case, spacing, curly quotes and punctuation, but keeps decimal points', () => {
    expect(foldQuote('the U.S.  envoy’s  trip')).toBe(foldQuote('The US envoys trip'));
    expect(foldQuote('talks — in Beijing')).toBe('talks in beijing');
    expect(foldQuote('3.5 million')).toBe('3.5 million');
    expect(foldQuote('3.5 million')).not.toBe(foldQuote('35 million'));
  });
});

describe('finding keys and evidence', () => {
  const first = article('north-post', 'Mayor Ilse Varga opened the bridge on Friday.\n');
  const second = article('south-news', 'Mayor Ilse Vargha cut the ribbon at the new bridge.\n');
  const [varga] = claimsOf(first, [{ kind: 'person', quote: 'Ilse Varga', value: { name: 'Ilse Varga', entity: 'p1', mention: 'full-name' } }]);
  const [vargha] = claimsOf(second, [{ kind: 'person', quote: 'Ilse Vargha', value: { name: 'Ilse Vargha', entity: 'p1', mention: 'full-name' } }]);

  test('the key comes from the rule and the quotes, not from claim ids or offsets', () => {
    const original = finding('name-variant', [varga!, vargha!], { verdict: 'variant' });
    // The same quotes found elsewhere in edited articles: other offsets, other ids.
    const moved = {
      ...original,
      id: 'f-other',
      positions: original.positions.map((position) => ({ ...position, claim: `${position.claim}x`, span: { start: position.span.start + 40, end: position.span.end + 40 }, line: 3 })),
    };
    expect(findingKeys([moved]).get('f-other')).toBe(findingKeys([original]).get(original.id));
    expect(findingKeys([original]).get(original.id)).toMatch(/^name-variant-[0-9a-f]{10}$/u);
    expect(findingEvidence(moved)).toBe(findingEvidence(original));
  });

  test('evidence changes with a new side, a changed value or another verdict; not with entity keys or the message', () => {
    const base = finding('name-variant', [varga!, vargha!], { verdict: 'variant' });
    const third = article('east-herald', 'Ilse Vargha spoke at the opening.\n');
    const [again] = claimsOf(third, [{ kind: 'person', quote: 'Ilse Vargha', value: { name: 'Ilse Vargha', entity: 'p1', mention: 'full-name' } }]);
    const wider = finding('name-variant', [varga!, vargha!, again!], { verdict: 'variant' });
    expect(findingKeys([wider]).get(wider.id)).toBe(findingKeys([base]).get(base.id));
    expect(findingEvidence(wider)).not.toBe(findingEvidence(base));

    const renumbered = { ...base, message: 'reworded', positions: base.positions.map((p) => ({ ...p, value: { ...(p.value as object), entity: 'p7' } })) };
    expect(findingEvidence(renumbered)).toBe(findingEvidence(base));
    const revalued = { ...base, positions: base.positions.map((p, i) => (i === 0 ? { ...p, value: { name: 'Ilse Varga', entity: 'p1', mention: 'surname' } } : p)) };
    expect(findingEvidence(revalued)).not.toBe(findingEvidence(base));
    expect(findingEvidence({ ...base, verdict: 'conflict' })).not.toBe(findingEvidence(base));
  });

  test('two findings of one rule over the same quotes get distinct, stable keys', () => {
    const x = article('x', 'The vote was on Monday.\n');
    const y = article('y', 'The vote was on Sunday.\n');
    const z = article('z', 'The vote was on Sunday.\n');
    const w = article('w', 'The vote was on Monday.\n');
    const [mx] = claimsOf(x, [{ kind: 'time', quote: 'on Monday', value: 1 }]);
    const [sy] = claimsOf(y, [{ kind: 'time', quote: 'on Sunday', value: 2 }]);
    const [sz] = claimsOf(z, [{ kind: 'time', quote: 'on Sunday', value: 2 }]);
    const [mw] = claimsOf(w, [{ kind: 'time', quote: 'on Monday', value: 1 }]);
    const one = finding('time-conflict', [mx!, sy!]);
    const two = finding('time-conflict', [mw!, sz!]);
    const keys = findingKeys([one, two]);
    expect(keys.get(one.id)).not.toBe(keys.get(two.id));
    expect(findingKeys([two, one])).toEqual(keys);
  });

  test('claim evidence covers kind, folded quote and value', () => {
    expect(claimEvidence('time', 'On  Friday', { a: 1, b: 2 })).toBe(claimEvidence('time', 'on Friday', { b: 2, a: 1 }));
    expect(claimEvidence('time', 'on Friday', { a: 1 })).not.toBe(claimEvidence('time', 'on Friday', { a: 2 }));
  });
});
