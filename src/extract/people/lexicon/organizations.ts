/**
 * What makes a capitalised phrase an organisation: its last word ("… Ministry", "… Survey",
 * "… Center"), a well-known short name, or a news outlet. General vocabulary only.
 */

/** Head words of organisation names, with the category they suggest. */
export const ORGANIZATION_HEADS: ReadonlyMap<string, string> = new Map([
  ...[
    'ministry', 'department', 'administration', 'government', 'cabinet', 'parliament', 'congress', 'senate',
    'assembly', 'council', 'commission', 'committee', 'office', 'bureau', 'authority', 'authorities',
    'directorate', 'secretariat', 'presidency', 'embassy', 'consulate', 'house', 'court', 'tribunal',
    'municipality', 'legislature',
  ].map((word) => [word, 'government'] as const),
  ...['agency', 'survey', 'service', 'services', 'center', 'centre', 'institute', 'board', 'administration', 'observatory']
    .map((word) => [word, 'agency'] as const),
  ...['army', 'navy', 'forces', 'force', 'guard', 'guards', 'police', 'corps', 'brigade', 'brigades', 'militia', 'command']
    .map((word) => [word, 'military'] as const),
  ...['party', 'movement', 'front', 'coalition', 'alliance'].map((word) => [word, 'party'] as const),
  ...['university', 'college', 'academy', 'school'].map((word) => [word, 'university'] as const),
  ...[
    'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'group', 'holdings', 'bank', 'airlines',
    'airways', 'motors', 'industries', 'enterprises', 'partners', 'capital', 'technologies', 'systems',
    'energy', 'petroleum', 'oil', 'exchange', 'market', 'markets', 'advisors', 'advisers', 'associates',
    'consulting', 'research', 'media', 'studios', 'entertainment', 'pictures', 'records', 'labs', 'laboratories',
    'software', 'solutions', 'communications', 'insurance', 'investments', 'ventures', 'brands', 'foods',
    'pharmaceuticals', 'stores', 'telecom', 'telecommunications', 'inc.', 'corp.', 'ltd.',
  ].map((word) => [word, 'company'] as const),
  ...[
    'news', 'times', 'post', 'press', 'herald', 'journal', 'tribune', 'gazette', 'telegraph', 'television',
    'radio', 'broadcasting', 'broadcaster', 'daily', 'weekly', 'magazine', 'chronicle', 'observer',
    'guardian', 'independent', 'examiner', 'globe', 'star', 'network', 'channel', 'wire', 'reporter',
  ].map((word) => [word, 'media'] as const),
  ...[
    'organization', 'organisation', 'association', 'society', 'foundation', 'fund', 'federation', 'union',
    'league', 'crescent', 'cross', 'trust', 'charity', 'program', 'programme', 'initiative', 'project',
    'network', 'club', 'team', 'conference', 'forum', 'watch', 'hospital', 'clinic', 'museum', 'library',
    'church', 'mosque', 'temple', 'synagogue', 'cathedral', 'parish', 'diocese',
  ].map((word) => [word, 'organization'] as const),
]);

/** News outlets and agencies usually named without a head word. */
export const NEWS_OUTLETS: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'ap', 'associated press', 'agence france presse', 'agence france-presse', 'bbc', 'cnn',
  'xinhua', 'irna', 'isna', 'fars', 'tasnim', 'mehr', 'al jazeera', 'al arabiya', 'dpa', 'kyodo', 'yonhap',
  'tass', 'ria novosti', 'interfax', 'nhk', 'cbs', 'nbc', 'abc', 'fox news', 'msnbc', 'npr', 'pbs',
  'bloomberg', 'ansa', 'efe', 'antara', 'bernama', 'pti', 'anadolu', 'wafa', 'petra', 'sana', 'mena', 'kuna',
  'wam', 'spa', 'apa', 'upi', 'euronews', 'sky news', 'itv', 'rte', 'cbc', 'abc news', 'cctv', 'cgtn',
  'global times', 'people\'s daily', 'china daily',
]);

/** Well-known organisations by their usual short names, with a category. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, string> = new Map([
  ...[
    'un', 'united nations', 'eu', 'european union', 'nato', 'asean', 'opec', 'oecd', 'imf', 'world bank', 'wto',
    'unesco', 'unicef', 'unhcr', 'iaea', 'icc', 'icj', 'interpol', 'g7', 'g8', 'g20', 'african union', 'arab league',
    'red cross', 'red crescent', 'amnesty international', 'human rights watch', 'greenpeace', 'world health organization',
    'security council', 'general assembly',
  ].map((name) => [name, 'organization'] as const),
  ...['white house', 'pentagon', 'kremlin', 'state department', 'downing street', 'elysee', 'fbi', 'cia', 'nsa', 'nasa',
    'fema', 'usgs', 'noaa', 'idf', 'knesset', 'duma', 'bundestag']
    .map((name) => [name, 'government'] as const),
]);

/**
 * Nouns for members of a group: "<Name> militants", "<Name> officials", "<Name> leader". A
 * capitalised word before one of them, that is not a country or nationality, names an organisation.
 */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'militants', 'militant', 'fighters', 'fighter', 'gunmen', 'members', 'member', 'leader', 'leaders',
  'leadership', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'official', 'commander',
  'commanders', 'supporters', 'activists', 'lawmakers', 'executives', 'employees', 'staff', 'chief',
  'headquarters', 'government', 'rule', 'rockets', 'rocket', 'cell', 'movement', 'politburo', 'founder',
]);
