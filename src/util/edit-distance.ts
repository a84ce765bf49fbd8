/**
 * Damerau-Levenshtein edit distance in its restricted form (optimal string alignment): letters
 * changed, added, removed, or two adjacent ones swapped, each one edit, over UTF-16 code units. The
 * numbers natural's `DamerauLevenshteinDistance(a, b, { restricted: true })` gives (`editDistance` of
 * util/natural, which the tests hold it to), kept in three rows of numbers instead of a table of
 * objects with a list of candidate parents per cell: the name-variant rule asks it of every pair of
 * similar words in a story.
 */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  let twoBack = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let column = 0; column < width; column++) previous[column] = column;
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    const letter = a.charCodeAt(row - 1);
    for (let column = 1; column < width; column++) {
      const other = b.charCodeAt(column - 1);
      let cost = Math.min(current[column - 1]! + 1, previous[column]! + 1, previous[column - 1]! + (letter === other ? 0 : 1));
      if (row > 1 && column > 1 && letter === b.charCodeAt(column - 2) && a.charCodeAt(row - 2) === other) cost = Math.min(cost, twoBack[column - 2]! + 1);
      current[column] = cost;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[width - 1]!;
}
