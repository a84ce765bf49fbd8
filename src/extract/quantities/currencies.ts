/**
 * Currency signs and names → ISO 4217 codes. A bare `$` is read as US dollars; prefixed dollar signs
 * (`A$`, `$A`, `C$`, `HK$`…) and qualified names ("Australian dollars") say otherwise.
 */

const SIGN_CODES: Record<string, string> = {
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', usd: 'USD', a$: 'AUD', au$: 'AUD', $a: 'AUD', aud: 'AUD', c$: 'CAD', ca$: 'CAD', $c: 'CAD',
  cad: 'CAD', nz$: 'NZD', $nz: 'NZD', nzd: 'NZD', hk$: 'HKD', hkd: 'HKD', s$: 'SGD', sgd: 'SGD', $us: 'USD',
  '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', '₹': 'INR', rs: 'INR',
  'rs.': 'INR', inr: 'INR', rp: 'IDR', 'rp.': 'IDR', idr: 'IDR', '₩': 'KRW', '₽': 'RUB', chf: 'CHF', '₪': 'ILS',
};

/**
 * A currency sign right before the number (the match ends where the number starts). `e` glued to a
 * number with a scale ("e80 million") is a euro sign garbled by an encoding error.
 */
export const SIGN_BEFORE =
  /(?:(?<![\p{L}\d])(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S)?\$(?:A|US|C|NZ)?|[€£¥₹₩₽₪]|(?<![\p{L}\d])(?:USD|EUR|GBP|AUD|CAD|NZD|HKD|SGD|JPY|CNY|RMB|INR|IDR|CHF|Rs\.?|Rp\.?)\s?)\s?$/u;

/** The garbled euro sign: a lone `e` directly before digits. */
export const GARBLED_EURO_BEFORE = /(?<![\p{L}\d])e$/u;

const NAME_CODES: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
  'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD', 'taiwan dollars': 'TWD', euros: 'EUR', euro: 'EUR', pounds: 'GBP',
  'pounds sterling': 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupiah: 'IDR', rupees: 'INR',
  rupee: 'INR', roubles: 'RUB', rubles: 'RUB', 'swiss francs': 'CHF', shekels: 'ILS', riyals: 'SAR', rials: 'IRR',
  dirhams: 'AED', baht: 'THB', ringgit: 'MYR', lira: 'TRY', rand: 'ZAR', naira: 'NGN', kronor: 'SEK', won: 'KRW',
};

/** A currency name after the number (and its scale): "85 million euros", "1.5 billion rupiah". */
export const NAME_AFTER = new RegExp(
  `^\\s+(${Object.keys(NAME_CODES).sort((a, b) => b.length - a.length).map((name) => name.replace(/\./gu, '\\.').replace(/ /gu, '\\s+')).join('|')})\\b`,
  'iu',
);

/** ISO code for a sign matched by `SIGN_BEFORE`. */
export function codeOfSign(sign: string): string | undefined {
  return SIGN_CODES[sign.replace(/\s/gu, '').toLowerCase()];
}

/** ISO code for a name matched by `NAME_AFTER`. */
export function codeOfName(name: string): string | undefined {
  return NAME_CODES[name.toLowerCase().replace(/\s+/gu, ' ')];
}
