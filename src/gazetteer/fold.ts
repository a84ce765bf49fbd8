/**
 * The key a place name is looked up by: accents, case, dots and apostrophes do not matter, hyphens
 * count as spaces, and "St"/"Mt" read as "saint"/"mount" (gazetteers and newsrooms spell them both
 * ways). `foldPlaceName("São Paulo") === foldPlaceName("sao paulo")`.
 */
export function foldPlaceName(name: string): string {
  // Fast path for the usual plain-letter names ("Bandar Abbas"): same result, no Unicode work.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/u.test(name)) {
    // One replace, always run (it returns the string as it is when nothing matches): a branch taken
    // only by the rare "St"/"Mt" would undo V8's optimised code for every caller the first time.
    return name.toLowerCase().replace(SAINT_OR_MOUNT, expandSaintOrMount);
  }
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`ʻ]/gu, '')
    .replace(/[-‐–—_/,()]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
  return words.map((word) => (word === 'st' ? 'saint' : word === 'mt' ? 'mount' : word)).join(' ');
}

const SAINT_OR_MOUNT = /\b(?:st|mt)\b/gu;

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
