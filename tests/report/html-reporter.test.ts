import { htmlReporter } from '../../src/report/html/html-reporter.js';
import { SCRIPT } from '../../src/report/html/script.js';
import { createHash } from 'node:crypto';
import { ARTICLES, C, EMPTY_RESULT, RESULT } from './fixtures/story.js';

const render = () => htmlReporter(RESULT, { color: false, articles: ARTICLES });

describe('htmlReporter', () => {
  test('is one self-contained file: one inline script allowed by its hash, nothing fetched', () => {
    const html = render();
    expect(html.match(/<script/gu)).toHaveLength(1);
    // No element that loads anything: no link, img, iframe, object or embed tag, no src attribute.
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/u);
    expect(html).not.toMatch(/<[a-z]+[^<>]*\ssrc=/u);
    const hash = createHash('sha256').update(SCRIPT).digest('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain("default-src &#39;none&#39;");
  });

  test('escapes every piece of article text and metadata', () => {
    const html = render();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('</p><b>bold</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;article&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // A javascript: URL is shown as text, never as a link.
    expect(html).not.toMatch(/href="javascript:/iu);
    expect(html).toContain('<a href="https://ledger.example/whitlock-lisbon" rel="noopener noreferrer">');
  });

  test('offers filters by severity, rule and article, and marks each finding for them', () => {
    const html = render();
    expect(html).toContain('<select data-filter="severity">');
    expect(html).toContain('<option value="meeting-modality">meeting-modality (1)</option>');
    expect(html).toContain('<option value="003">003 (Valley Gazette)</option>');
    expect(html).toContain('id="finding-f-meeting" data-severity="error" data-rule="meeting-modality" data-articles="[&quot;001&quot;,&quot;002&quot;]"');
  });

  test('shows the evidence side by side with word-level differences between altered quotes', () => {
    const html = render();
    const quote = html.slice(html.indexOf('id="finding-f-quote"'), html.indexOf('</article>', html.indexOf('id="finding-f-quote"')));
    expect(quote.match(/<figure class="side">/gu)).toHaveLength(2);
    expect(quote).toContain('<span class="changed claim">farmers on</span>');
    // Sentences that are not variants of one another get no word marks.
    const meeting = html.slice(html.indexOf('id="finding-f-meeting"'), html.indexOf('</article>', html.indexOf('id="finding-f-meeting"')));
    expect(meeting).not.toContain('changed');
    expect(meeting).toContain(`<a href="#claim-${C.ledgerMeet.id}">9:16</a>`);
  });

  test('the article view highlights claims, anchors them and links them to their findings', () => {
    const html = render();
    expect(html).toContain(`<span class="anchor" id="claim-${C.harbourName.id}"></span><a class="claim kind-person sev-warning" href="#finding-f-variant"`);
    expect(html).toContain(`<span class="anchor" id="claim-${C.gazetteWeek.id}"></span><mark class="claim kind-time"`);
    expect(html).toContain('<span class="excluded">---\ntitle: Whitlock opens trade talks in Lisbon');
  });

  test('draws the timeline with both trips as separate bands, and the publication dates', () => {
    const html = render();
    const bands = [...html.matchAll(/<rect class="band band-(\d)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/gu)].map((m) => ({ colour: m[1], x: Number(m[2]), width: Number(m[3]) }));
    // Two pictures (overview and detail), two events each.
    expect(bands).toHaveLength(4);
    const detail = bands.slice(2);
    const [trip2024, trip2023] = detail;
    expect(trip2024!.x - (trip2023!.x + trip2023!.width)).toBeGreaterThan(300);
    expect(html.match(/<g class="published">/gu)).toHaveLength(8);
    expect(html).toContain('<title>“last week” (003, 1:49) → 2023-03-06 – 2023-03-12</title>');
  });

  test('the agreement matrix counts agreements and conflicts per pair of articles', () => {
    const html = render();
    expect(html).toContain('data-pair="[&quot;001&quot;,&quot;002&quot;]" title="001 × 002: 1 agreement, 3 conflicts');
    expect(html).toContain('data-pair="[&quot;002&quot;,&quot;004&quot;]" title="002 × 004: 1 agreement, 0 conflicts');
  });

  test('works without article texts and without findings; same result, same bytes', () => {
    const bare = htmlReporter(RESULT, { color: false });
    expect(bare).toContain('The article text is not part of this result.');
    expect(bare).toContain('<span class="claim">she could meet Prime Minister Rui Calado</span>');
    expect(htmlReporter(EMPTY_RESULT, { color: false })).toContain('No findings');
    expect(render()).toBe(render());
  });
});
