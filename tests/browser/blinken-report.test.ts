import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { runCheck } from '../../src/pipeline.js';
import { domId } from '../../src/report/html/escape.js';
import { htmlReporter } from '../../src/report/html/html-reporter.js';
import type { CheckResult, EventGroup } from '../../src/types.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';
import { browserTestsRun, launchChromium, type HeadlessChromium } from './chromium.js';

const browserTest = browserTestsRun() ? test : test.skip;

describeWithShared('HTML report on ../shared/corpus/blinken, in headless Chromium', () => {
  let result: CheckResult;
  let browser: HeadlessChromium | undefined;
  let page: Page;
  let scratch: string;

  beforeAll(async () => {
    const outcome = await runCheck([sharedPath('corpus', 'blinken')]);
    result = outcome.result;
    scratch = mkdtempSync(path.join(os.tmpdir(), 'corroborate-blinken-'));
    const file = path.join(scratch, 'report.html');
    writeFileSync(file, htmlReporter(result, { color: false, articles: outcome.articles, cwd: process.cwd() }));
    if (!browserTestsRun()) return;
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** The drawn band of an event: in the close-up when there is one, else in the overview. */
  async function bandBox(event: EventGroup) {
    const href = `a[href="#${domId('event', event.id)}"] rect.band`;
    const detail = page.locator(`#timeline-detail ${href}`);
    const band = (await detail.count()) > 0 ? detail : page.locator(`#timeline-overview ${href}`);
    return band.boundingBox();
  }

  browserTest('the timeline draws the June 2023 and the April 2024 trips as bands visibly apart', async () => {
    const dated = (result.events ?? []).filter((event) => event.interval);
    const trip2023 = dated.find((event) => event.interval!.start.startsWith('2023-06'));
    const trip2024 = dated.find((event) => event.interval!.start.startsWith('2024-04'));
    expect(trip2023).toBeDefined();
    expect(trip2024).toBeDefined();
    const [early, late] = [await bandBox(trip2023!), await bandBox(trip2024!)];
    expect(early).not.toBeNull();
    expect(late).not.toBeNull();
    expect(late!.x - (early!.x + early!.width)).toBeGreaterThan(100);
  });

  browserTest('the Xi finding shows the quote from 001 and from 004 side by side', async () => {
    const xi = result.findings.find(
      (finding) =>
        finding.severity !== 'info' &&
        finding.positions.some((p) => p.article.startsWith('001') && /Xi/u.test(p.text)) &&
        finding.positions.some((p) => p.article.startsWith('004') && /Xi/u.test(p.text)),
    );
    expect(xi).toBeDefined();
    const sides = page.locator(`#${domId('finding', xi!.id)} .side`);
    expect(await sides.count()).toBe(xi!.positions.length);
    const boxes = await Promise.all(xi!.positions.map((_, index) => sides.nth(index).boundingBox()));
    // Side by side: the columns share a top edge and do not overlap.
    expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
    expect(boxes[1]!.x).toBeGreaterThanOrEqual(boxes[0]!.x + boxes[0]!.width);
    for (const [index, position] of xi!.positions.entries()) {
      // Word-level marks may cut the quote into several pieces; together they are the whole quote.
      expect((await sides.nth(index).locator('.claim').allTextContents()).join('')).toBe(position.text);
    }
  });
});
