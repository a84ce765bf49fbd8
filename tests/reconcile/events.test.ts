import { extractClaims } from '../../src/pipeline.js';
import { assignEvents } from '../../src/reconcile/events.js';
import { makeArticle } from '../helpers/claims.js';

describe('event identity of meetings', () => {
  // Written for this test: one minister's two trips to one island, ten months apart.
  const june = makeArticle('june', 'Foreign Minister Ada Korvel arrived in Velloria on Sunday for a two-day visit.', '2023-06-19');
  const april = makeArticle(
    'april',
    'Foreign Minister Ada Korvel arrived in Velloria on Wednesday.\n\n' +
      'Ties have warmed since her last visit in June, officials said.\n\n' +
      'An aide previewing Korvel’s trip said relations had been at a low a year ago.',
    '2024-04-25',
  );
  const claims = extractClaims([june, april]);
  const { eventOf, events } = assignEvents([june, april], claims);
  const eventOfMeeting = (article: string, text: string) => {
    const claim = claims.find((c) => c.kind === 'meeting' && c.article === article && c.text.includes(text));
    if (!claim) throw new Error(`no meeting "${text}" in ${article}: ${claims.filter((c) => c.kind === 'meeting').map((c) => c.text).join(' | ')}`);
    return events.find((event) => event.id === eventOf.get(claim.id))!.interval?.start;
  };

  test('a meeting dated by its own time goes to that occurrence, whatever its sentence is about', () => {
    expect(eventOfMeeting('june', 'arrived')).toBe('2023-06-18');
    expect(eventOfMeeting('april', 'her last visit in June')).toBe('2023-06-18');
  });

  test('a meeting with no date of its own stays with its article, though its sentence dates something else', () => {
    expect(eventOfMeeting('april', 'arrived')).toBe('2024-04-24');
    expect(eventOfMeeting('april', 'trip')).toBe('2024-04-24');
  });
});
