import fc from 'fast-check';

// Pieces news text is made of, written for these tests: words, names with titles, numbers with
// units, dates, quotes, abbreviations, line breaks of every kind, and the odd character.
const FRAGMENTS = [
  'The', 'ferry', 'crane', 'pier', 'harbour', 'said', 'on', 'Monday', 'last', 'November', 'since', '2010',
  'Mr.', 'Dr.', 'Gov.', 'U.S.', 'a.m.', 'p.m.', 'Jan.', 'Okafor', 'Lindqvist', 'Valparaíso', 'Tromsø',
  'at least', '14', '5.9', '1,300', 'km', 'miles', 'percent', '$2 million', 'magnitude', 'killed', 'injured',
  'met', 'will meet', 'visit', 'the first', 'in 14 years', 'March 14, 2013', '2024-04-24', '3:40 p.m.',
  '"', '“', '”', "'", '(', ')', '-', '—', ',', '.', '!', '?', '…', ':', ';', '#', '- ', '1. ',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '😀', '東京', 'e\u0301',
];

/** Text made of news-like fragments and arbitrary characters, up to a few hundred characters. */
export const newsText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), {
    maxLength: 80,
  })
  .map((parts) => parts.join(' '));

/** A plain-text or Markdown article file: optional BOM, front matter, metadata lines, line breaks. */
export const articleFile = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.option(fc.constantFrom('---\ntitle: Pier\npublished: 2019-07-21\n---\n', '---\ntitle: [broken\n---\n', '---\r\noutlet: Gazette\r\n---\r\n'), { nil: undefined }),
    header: fc.option(fc.constantFrom('URL: https://gazette.example/pier\n', 'Published: July 21, 2019\n', 'Posted: 07 / 21 / 2019 06:10 PM ET\r\n', 'Advertisement\n'), { nil: undefined }),
    body: newsText,
    lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ bom, frontMatter, header, body, lineBreak }) => ({
    text: `${frontMatter ?? ''}${header ?? ''}${body.replace(/\n/gu, lineBreak)}`,
    bom,
  }));
