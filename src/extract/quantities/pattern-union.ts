/**
 * Several patterns tested as one: a pattern call per text instead of one per pattern, for lists
 * tested on every number.
 */

/** Throws unless every pattern has `flags` and no unnamed group (a `\1` would point elsewhere in a union). */
function checkUnitable(patterns: readonly RegExp[], flags: string): void {
  for (const pattern of patterns) {
    if (pattern.flags !== flags) throw new Error(`pattern union: /${pattern.source}/${pattern.flags} is not /${flags}`);
    // Matching the empty text through an empty alternative lists every group, named ones in `groups`.
    const groups = new RegExp(`${pattern.source}|`, flags).exec('')!;
    if (groups.length - 1 !== Object.keys(groups.groups ?? {}).length) throw new Error(`pattern union: /${pattern.source}/ has an unnamed group`);
  }
}

/**
 * One pattern that matches a text exactly when one of `patterns` does. They must all have `flags`
 * (a pattern of other flags would match other texts) and no unnamed groups (a `\1` would point
 * elsewhere in the union); named groups must differ, or the union does not compile.
 */
export function anyOf(patterns: readonly RegExp[], flags: string): RegExp {
  checkUnitable(patterns, flags);
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags);
}

/**
 * The first of `patterns` that matches a text, with its match, from one pattern call: a union in
 * which each pattern is one numbered group, tried in list order. Only for patterns that match at
 * the start of the text or nowhere (each begins with `^` and has no top-level `|`): the union is
 * anchored there too, so it tries each of them at the start, in order, as a loop over them would.
 */
export class FirstMatching {
  private readonly union: RegExp;

  constructor(patterns: readonly RegExp[], flags: string) {
    checkUnitable(patterns, flags);
    for (const pattern of patterns) if (!pattern.source.startsWith('^')) throw new Error(`FirstMatching: /${pattern.source}/ is not anchored at the start`);
    this.union = new RegExp(`^(?:${patterns.map((pattern) => `(${pattern.source})`).join('|')})`, flags);
  }

  /** Index of the first pattern matching `text` and the text it matched, or undefined. */
  exec(text: string): { index: number; matched: string } | undefined {
    const match = this.union.exec(text);
    if (!match) return undefined;
    let group = 1;
    while (match[group] === undefined) group++;
    return { index: group - 1, matched: match[0] };
  }
}
