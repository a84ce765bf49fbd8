/**
 * The key a place name is looked up by: accents, case, dots and apostrophes do not matter, hyphens
 * count as spaces, and "St"/"Mt" read as "saint"/"mount" (gazetteers and newsrooms spell them both
 * ways). `foldPlaceName("São Paulo") === foldPlaceName("sao paulo")`.
 */
export function foldPlaceName(name: string): string {
  // Fast path for the usual plain-letter names ("Bandar Abbas"): same result, no Unicode work.
  if (isPlainName(name)) {
    // The pattern runs only where "st" or "mt" occurs: a character search costs far less than a
    // pattern call, and most names have neither.
    const lower = name.toLowerCase();
    return lower.includes('st') || lower.includes('mt') ? lower.replace(SAINT_OR_MOUNT, expandSaintOrMount) : lower;
  }
  const words = name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[.'’`ʻ]/gu, '')
    .replace(/[-‐–—_/,()]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
  return words.map((word) => (word === 'st' ? 'saint' : word === 'mt' ? 'mount' : word)).join(' ');
}

const SAINT_OR_MOUNT = /\b(?:st|mt)\b/gu;
// A module constant (used with `replace`, which resets `lastIndex`): the CLI bundle builds a literal
// with Unicode properties anew at every call (`new RegExp`).
const MARKS = /\p{M}/gu;

/** ASCII letters in words one space apart (what `/^[A-Za-z]+(?: [A-Za-z]+)*$/u` tests, without a pattern call per name). */
function isPlainName(name: string): boolean {
  const length = name.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const code = name.charCodeAt(i);
    if (code === 32) {
      // A space only between two letters: not first, not last, not after another space.
      if (i === 0 || i === length - 1 || name.charCodeAt(i - 1) === 32) return false;
      continue;
    }
    const letter = code | 0x20;
    if (letter < 97 || letter > 122) return false;
  }
  return true;
}

function expandSaintOrMount(abbreviation: string): string {
  return abbreviation === 'st' ? 'saint' : 'mount';
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of a folded key: cheap, stable across runs and machines,
 * and spreads short names well enough for a bucketed table.
 */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
