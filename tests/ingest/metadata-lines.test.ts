import { readMetadataLines } from '../../src/ingest/metadata-lines.js';

const BODY = 'The ferry service to the island resumed on the second day of the storm, the operator said.\n';

/** Reads the header of `header + BODY` and returns the date found, with the text at its span. */
function datelineOf(header: string) {
  const text = `${header}\n${BODY}`;
  const result = readMetadataLines(text);
  const published = result.published;
  return {
    value: published?.value,
    dateTime: published?.dateTime,
    label: published?.label,
    quoted: published ? text.slice(published.span.start, published.span.end) : undefined,
    lines: result.spans.map(({ span, label }) => [text.slice(span.start, span.end), label]),
  };
}

describe('readMetadataLines: labelled and bare datelines', () => {
  test.each([
    ['Published: October 3, 2016', '2016-10-03', 'published', 'October 3, 2016'],
    ['Posted: Jun 8, 2019 4:05 PM ET Last Updated: Jun 8, 2019 9:40 PM ET', '2019-06-08', 'posted', 'Jun 8, 2019 4:05 PM ET'],
    ['Last Updated: Tuesday, 4 June 2019, 11:02 GMT', '2019-06-04', 'updated', 'Tuesday, 4 June 2019, 11:02 GMT'],
    ['Posted: 07 / 22 / 2019 09:14:03 AM PDT', '2019-07-22', 'posted', '07 / 22 / 2019 09:14:03 AM PDT'],
    ['July 22, 2019-NORTHERN IRELAND -', '2019-07-22', 'bare', 'July 22, 2019'],
    ['Monday, July 22, 2019', '2019-07-22', 'bare', 'Monday, July 22, 2019'],
    ['Posted: July 22nd, 2019', '2019-07-22', 'posted', 'July 22nd, 2019'],
    ['July 22, 2019 | 6:41pm', '2019-07-22', 'bare', 'July 22, 2019'],
    ['22 July 2019 Last updated at 18:41 GMT', '2019-07-22', 'bare', '22 July 2019'],
    ['First Posted: 07 / 21 / 19 06:10 PM ET Updated: 07 / 22 / 19 05:12 AM ET', '2019-07-21', 'published', '07 / 21 / 19 06:10 PM ET'],
    ['on July 21, 2019 at 6:10 AM, updated July 22, 2019 at 8:00 AM', '2019-07-21', 'bare', 'July 21, 2019 at 6:10 AM'],
    ['Sun., Jul. 21, 2019 11:45 AM PDT', '2019-07-21', 'bare', 'Sun., Jul. 21, 2019 11:45 AM PDT'],
    ['Belfast, Jul 21, 2019 / 02:00 pm (BNA)', '2019-07-21', 'bare', 'Jul 21, 2019'],
    ['(10:27 am PDT, Jul 21st 2019)', '2019-07-21', 'bare', '10:27 am PDT, Jul 21st 2019'],
    ['Septmber 21, 2019', '2019-09-21', 'bare', 'Septmber 21, 2019'],
  ])('%s', (header, value, label, quoted) => {
    expect(datelineOf(header)).toMatchObject({ value, label, quoted, lines: [[header, 'dateline']] });
  });

  test('a time with a zone gives an ISO date-time in that zone', () => {
    expect(datelineOf('Posted: Jun 8, 2019 4:05 PM ET').dateTime).toBe('2019-06-08T16:05:00-04:00');
  });

  test('the published line wins over an earlier updated line', () => {
    const text = `Updated: July 23, 2019\nPublished: July 21, 2019\n${BODY}`;
    expect(readMetadataLines(text).published).toMatchObject({ value: '2019-07-21', label: 'published' });
  });

  test('URL line: the outlet is the host without www', () => {
    const text = `URL: https://www.harbour-news.example/2019/07/ferry\nFerry back in service\nJuly 22, 2019\n${BODY}`;
    const result = readMetadataLines(text);
    expect(result.url).toBe('https://www.harbour-news.example/2019/07/ferry');
    expect(result.outlet).toBe('harbour-news.example');
    expect(result.spans.map((s) => s.label)).toEqual(['url-line', 'dateline']);
  });

  test('CRLF: spans cover the line without its carriage return', () => {
    const text = `Published: July 21, 2019\r\n${BODY}`;
    const [line] = readMetadataLines(text).spans;
    expect(text.slice(line!.span.start, line!.span.end)).toBe('Published: July 21, 2019');
  });

  test('starts after front matter when told where the body begins', () => {
    const text = `---\ntitle: x\n---\nJuly 21, 2019\n${BODY}`;
    expect(readMetadataLines(text, text.indexOf('July')).published?.value).toBe('2019-07-21');
  });
});

describe('readMetadataLines: what is not a dateline', () => {
  test.each([
    'The ferry resumed service on July 21, 2019.',
    'Council approves new harbour wall on July 21, 2019 after long debate',
    'End of Season: Sunday, July 21, 2019',
    'Boats Return To Harbour After Storm July 21, 2019',
    'Ferry Tuesday',
    'Dec. 24 4:33 AM EST',
    'Belfast, Jul 21 -',
  ])('%j', (header) => {
    expect(datelineOf(header)).toMatchObject({ value: undefined, lines: [] });
  });

  test('only the first lines are read', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Line ${i} of the story goes here.`).join('\n');
    expect(readMetadataLines(`${filler}\nJuly 21, 2019\n`).published).toBeUndefined();
  });
});

describe('readMetadataLines: misspelt months', () => {
  test('a month name with one typing error is read and the correction recorded', () => {
    expect(readMetadataLines(`Septmber 21, 2019\n${BODY}`).published).toMatchObject({
      value: '2019-09-21',
      corrections: [{ from: 'Septmber', to: 'September' }],
    });
  });

  test('short month names are not guessed at ("Junes" is not June)', () => {
    expect(readMetadataLines(`Junes 21, 2019\n${BODY}`).published).toBeUndefined();
  });
});
