/**
 * Names newsrooms use for countries that the gazetteer spells differently. General knowledge, the
 * kind any style guide lists; keyed by ISO 3166-1 alpha-2.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['United States of America', 'USA', 'U.S.A.', 'U.S.', 'US', 'America', 'the States'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['Republic of Korea', 'ROK'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  RU: ['Russian Federation'],
  PS: ['Palestine', 'Palestinian Territories', 'State of Palestine', 'Occupied Palestinian Territories'],
  CZ: ['Czechia'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MM: ['Burma'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  TR: ['Türkiye', 'Turkiye'],
  NL: ['Holland'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  VN: ['Viet Nam'],
  LA: ["Lao People's Democratic Republic"],
  BS: ['Bahamas'],
  GM: ['Gambia'],
  FJ: ['Fiji'],
  IM: ['Isle of Man'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  TL: ['East Timor'],
  CV: ['Cabo Verde'],
  BN: ['Brunei Darussalam'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  VE: ['Bolivarian Republic of Venezuela'],
  BO: ['Plurinational State of Bolivia'],
  TZ: ['United Republic of Tanzania'],
  MD: ['Republic of Moldova'],
  FM: ['Federated States of Micronesia'],
  VI: ['US Virgin Islands', 'U.S. Virgin Islands'],
};

/** Adjectives that name a country but that the gazetteer's nationality field lacks. */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'American'],
  GB: ['British', 'UK', 'U.K.', 'English', 'Scottish', 'Welsh'],
  PS: ['Palestinian'],
  AE: ['Emirati', 'UAE'],
  CN: ['Chinese', 'Sino'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  NL: ['Dutch'],
  CH: ['Swiss'],
  PH: ['Filipino', 'Philippine'],
};

/**
 * AP-style and postal abbreviations of US states, read only where they qualify a town
 * ("Golden, Colo.", "Santa Rosa, Calif."); alone they are ordinary words ("Ind.", "Mass.").
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Cal.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT',
  'Del.': 'DE', 'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Kans.': 'KS',
  'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS',
  'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ',
  'N.M.': 'NM', 'N.Mex.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR',
  'Oreg.': 'OR', 'Pa.': 'PA', 'Penn.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN',
  'Tex.': 'TX', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'Wis.': 'WI', 'Wisc.': 'WI',
  'Wyo.': 'WY', 'D.C.': 'DC',
};
