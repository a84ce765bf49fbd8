/**
 * `compare` remembering its answer for each ordered pair of strings it was asked about: for a rule's
 * run, where the same few sources or name words meet again in every pair of articles. Hold the result
 * for one run; it keeps every pair it saw.
 */
export function rememberingPairs<T>(compare: (a: string, b: string) => T): (a: string, b: string) => T {
  const known = new Map<string, T>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = compare(a, b);
      known.set(key, answer);
    }
    return answer;
  };
}
