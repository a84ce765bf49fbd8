import type { QuoteValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { quoteWordingRule } from '../../../src/reconcile/rules/quote-wording.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const quote = (text: string, extra: Partial<QuoteValue> = {}): QuoteValue => ({ quote: text, speaker: 'Mayor Ana Ruiz', speakerKind: 'named', direct: true, ...extra });
const run = (...args: Parameters<typeof reconcile>) => reconcile(args[0], args[1], [quoteWordingRule]).findings;

describe('quote wording rule', () => {
  test('an altered direct quote is a warning naming the changed words', () => {
    const a = makeArticle('a', '"Every bridge in the valley will reopen by Friday," the mayor said.', '2025-02-01');
    const b = makeArticle('b', '"Every road in the valley will reopen by Friday," the mayor said.', '2025-02-01');
    const claims = [
      claimOn(a, 'quote', '"Every bridge in the valley will reopen by Friday,"', quote('Every bridge in the valley will reopen by Friday,')),
      claimOn(b, 'quote', '"Every road in the valley will reopen by Friday,"', quote('Every road in the valley will reopen by Friday,')),
    ];
    const [finding, ...rest] = run([a, b], claims);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', verdict: 'altered-quote', message: 'A quote by Mayor Ana Ruiz is worded differently: "bridge" became "road".' });
    expect(finding!.positions.map((p) => p.article)).toEqual(['a', 'b']);
  });

  test('the same words in two outlets corroborate; different quotes are not aligned', () => {
    const a = makeArticle('a', '"The water is safe to drink again," she said.', '2025-02-01', { outlet: 'One' });
    const b = makeArticle('b', 'She said: "The water is safe to drink again."', '2025-02-01', { outlet: 'Two' });
    const c = makeArticle('c', '"Schools stay closed until March," she added.', '2025-02-01', { outlet: 'Three' });
    const claims = [
      claimOn(a, 'quote', '"The water is safe to drink again,"', quote('The water is safe to drink again,')),
      claimOn(b, 'quote', '"The water is safe to drink again."', quote('The water is safe to drink again.')),
      claimOn(c, 'quote', '"Schools stay closed until March,"', quote('Schools stay closed until March,')),
    ];
    expect(run([a, b, c], claims).map((f) => [f.severity, f.verdict, f.sources])).toEqual([['info', 'corroborated', 2]]);
  });

  test('a described speaker is named in lower case inside the message', () => {
    const a = makeArticle('a', 'A senior aide said the ferry would "run again within the week".', '2025-02-01', { outlet: 'One' });
    const b = makeArticle('b', 'The ferry will "run again within the week", a senior aide said.', '2025-02-01', { outlet: 'Two' });
    const described = { speaker: 'A senior aide', speakerKind: 'anonymous' as const };
    const claims = [
      claimOn(a, 'quote', 'run again within the week', quote('run again within the week', described)),
      claimOn(b, 'quote', 'run again within the week', quote('run again within the week', described)),
    ];
    expect(run([a, b], claims).map((f) => f.message)).toEqual(['2 independent sources quote a senior aide in the same words.']);
  });
});
