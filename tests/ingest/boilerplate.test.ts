import { findBoilerplate } from '../../src/ingest/boilerplate.js';

/** The excluded ranges of `text` as [quoted text, label]. */
function excludedOf(text: string): [string, string][] {
  return findBoilerplate(text).map(({ span, label }) => [text.slice(span.start, span.end), label]);
}

const PROSE =
  'The harbour authority reopened the northern pier on Friday after three weeks of repairs to its deck.';

describe('findBoilerplate', () => {
  test('a comment section after the article is excluded to the end', () => {
    const text = `${PROSE}\n\nLeave a Reply\n\nGreat story, thanks for covering it.\nSave my name, email, and website in this browser for the next time I comment.\n`;
    expect(excludedOf(text)).toEqual([[text.slice(text.indexOf('Leave a Reply')), 'comment-form']]);
  });

  test('comment form lines and captcha messages', () => {
    const text = `${PROSE}\nPlease enter your comment!\nPlease enter your name here\nYou have entered an incorrect CAPTCHA answer.\n`;
    expect(excludedOf(text).map(([, label]) => label)).toEqual(['comment-form', 'comment-form', 'comment-form']);
  });

  test('on a long line only rules that look at its start apply', () => {
    const longForm = `Please enter your comment below and note that ${'every comment is read by a moderator before it appears, '.repeat(7)}`.trim();
    const longProse = `${PROSE} ${PROSE} ${PROSE} Copyright 2024 is printed on the plaque, and the owners said all rights reserved.`;
    expect(longForm.length).toBeGreaterThan(320);
    expect(longProse.length).toBeGreaterThan(320);
    const text = `${longProse}\n${longForm}\n`;
    expect(excludedOf(text)).toEqual([[longForm, 'comment-form']]);
  });

  test('a comment counter above the article excludes only its own line', () => {
    const text = `Pier reopens\n12 comments\n${PROSE}\n`;
    expect(excludedOf(text)).toEqual([['12 comments', 'comment-form']]);
  });

  test('teasers with a colon, and "See also" before a headline', () => {
    const text = `${PROSE}\n• Also read: Storm damage bill passes two million\nSee also  New ferry timetable for the winter months\nRead more: harbour history\n`;
    expect(excludedOf(text).map(([, label]) => label)).toEqual(['teaser', 'teaser', 'teaser']);
  });

  test('picture credits, share buttons, copyright and advertisement labels', () => {
    const text = `Photo: Harbour Authority handout\n${PROSE}\nShare | Tweet | Email\nAdvertisement\n© 2019 Harbour Gazette. All rights reserved.\n`;
    expect(excludedOf(text).map(([, label]) => label)).toEqual(['picture-credit', 'share-buttons', 'advertisement', 'copyright']);
  });

  test('agency credit lines', () => {
    const text = `${PROSE}\nAgence France-Presse\n(Reuters)\nAP\n`;
    expect(excludedOf(text).map(([quoted, label]) => [quoted, label])).toEqual([
      ['Agence France-Presse', 'agency-credit'],
      ['(Reuters)', 'agency-credit'],
      ['AP', 'agency-credit'],
    ]);
  });

  test('a headline repeated inside the body is excluded the second time only', () => {
    const text = `Pier reopens after repairs\n\n${PROSE}\n\nPier reopens after repairs\n\nMore prose follows here.\n`;
    const second = text.lastIndexOf('Pier reopens');
    expect(findBoilerplate(text)).toEqual([{ span: { start: second, end: second + 'Pier reopens after repairs'.length }, reason: 'boilerplate', label: 'repeated-line' }]);
  });

  test('prose that begins like boilerplate is kept', () => {
    const text = [
      'Watch officials said the tower had been unstaffed since March.',
      'Related costs rose by a third, the report found.',
      'Copyright lawyers for the paper declined to comment.',
      'Photo agencies were not allowed on the pier.',
      'Comments from residents were mostly positive, the council said.',
      'The captcha on the booking site failed for many users on Friday, which angered people who had waited for hours.',
      'AP reporters were on the first ferry.',
    ].join('\n');
    expect(excludedOf(text)).toEqual([]);
  });

  test('CRLF: excluded spans stop before the carriage return', () => {
    const text = `${PROSE}\r\nAdvertisement\r\nMore prose here.\r\n`;
    expect(excludedOf(text)).toEqual([['Advertisement', 'advertisement']]);
  });

  test('starts where it is told (after front matter)', () => {
    const text = 'Advertisement\nAdvertisement\n';
    expect(findBoilerplate(text, text.indexOf('\n') + 1).map((r) => r.span.start)).toEqual([text.indexOf('\n') + 1]);
  });
});
