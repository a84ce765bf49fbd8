import { generateArticles, readExamples } from '../../scripts/bench/generate-corpus.js';
import { spellingVariant } from '../../scripts/bench/vary-text.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

describe('the bench corpus generator', () => {
  const examples = readExamples();
  const articles = [...generateArticles(examples.length * 30)];

  test('story 0 is the examples themselves', () => {
    expect(articles.slice(0, examples.length).map((article) => article.text)).toEqual(examples.map((example) => example.text));
  });

  test('is deterministic, with unique ids, each story in a folder of its own, at most 1,000 articles per part', () => {
    expect([...generateArticles(articles.length)]).toEqual(articles);
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
    const big = [...generateArticles(2500)];
    const perFolder = new Map<string, number>();
    for (const article of big) perFolder.set(article.file.split('/')[0]!, (perFolder.get(article.file.split('/')[0]!) ?? 0) + 1);
    expect(Math.max(...perFolder.values())).toBeLessThanOrEqual(1000);
    // `check` compares the articles of one folder: a folder holds exactly one story.
    for (const article of big) expect(article.file).toBe(`${article.file.split('/')[0]}/${article.story}/${article.id}${article.file.slice(article.file.lastIndexOf('.'))}`);
  });

  test('dates move together: the weekday named is still the day before publication', () => {
    const wires = articles.filter((article) => article.id.endsWith('-001-harbor-wire'));
    const dates = new Set<string>();
    for (const article of wires) {
      const published = /^published: (\d{4})-(\d{2})-(\d{2})$/mu.exec(article.text)!;
      dates.add(published[0]);
      const dayBefore = new Date(Date.UTC(Number(published[1]), Number(published[2]) - 1, Number(published[3]) - 1)).getUTCDay();
      expect(new RegExp(`\\bon ${WEEKDAYS[dayBefore]}, killing`, 'u').test(article.text)).toBe(true);
      // "since YEAR" and "in 15 years" still agree with each other.
      const since = Number(/since (\d{4})/u.exec(article.text)![1]);
      expect(Number(published[1]) - since).toBe(15);
    }
    expect(dates.size).toBeGreaterThan(20);
  });

  test("a story's people are the same in all its articles, and the spelling variant stays a variant", () => {
    for (let story = 1; story < 30; story++) {
      const [wire, times, post] = articles.slice(story * examples.length, story * examples.length + 3).map((article) => article.text);
      const governor = /Regional Governor \S+ (\S+) said/u.exec(wire!)![1]!;
      expect(post).toContain(`Governor ${/Governor (\S+) \S+ said/u.exec(wire!)![1]} ${governor}`);
      expect(times).toContain(`${spellingVariant(governor)} said`);
      expect(spellingVariant(governor)).not.toBe(governor);
    }
  });
});
