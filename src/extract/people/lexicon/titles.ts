/**
 * Titles, honorifics and role nouns: the words that say "a person's name comes next" (or came just
 * before). General newsroom vocabulary, matched case-insensitively on folded words.
 */

/** Courtesy titles written right before a name ("Mr Blinken", "Dr. Lee"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mme', 'messrs', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr',
  'sheikh', 'sheik', 'mx',
]);

/**
 * Office words that form a title before a name, alone or with modifiers ("President", "Foreign
 * Minister", "Secretary of State", "Brigadier General"). Abbreviations map to the full word.
 */
export const TITLE_HEADS: ReadonlyMap<string, string> = new Map([
  ['president', 'President'], ['vice-president', 'Vice President'], ['president-elect', 'President-elect'],
  ['premier', 'Premier'], ['chancellor', 'Chancellor'], ['minister', 'Minister'], ['secretary', 'Secretary'],
  ['secretary-general', 'Secretary-General'], ['king', 'King'], ['queen', 'Queen'], ['prince', 'Prince'],
  ['princess', 'Princess'], ['emperor', 'Emperor'], ['pope', 'Pope'], ['ambassador', 'Ambassador'],
  ['envoy', 'Envoy'], ['senator', 'Senator'], ['sen', 'Senator'], ['representative', 'Representative'],
  ['rep', 'Representative'], ['congressman', 'Congressman'], ['congresswoman', 'Congresswoman'],
  ['governor', 'Governor'], ['gov', 'Governor'], ['governor-general', 'Governor-General'], ['mayor', 'Mayor'],
  ['speaker', 'Speaker'], ['chairman', 'Chairman'], ['chairwoman', 'Chairwoman'], ['chairperson', 'Chairperson'],
  ['director', 'Director'], ['director-general', 'Director-General'], ['commissioner', 'Commissioner'],
  ['spokesman', 'Spokesman'], ['spokeswoman', 'Spokeswoman'], ['spokesperson', 'Spokesperson'],
  ['general', 'General'], ['gen', 'General'], ['lieutenant', 'Lieutenant'], ['lt', 'Lieutenant'],
  ['colonel', 'Colonel'], ['col', 'Colonel'], ['major', 'Major'], ['maj', 'Major'], ['captain', 'Captain'],
  ['capt', 'Captain'], ['admiral', 'Admiral'], ['adm', 'Admiral'], ['brigadier', 'Brigadier'],
  ['sergeant', 'Sergeant'], ['sgt', 'Sergeant'], ['commander', 'Commander'], ['marshal', 'Marshal'],
  ['judge', 'Judge'], ['justice', 'Justice'], ['prosecutor', 'Prosecutor'], ['sheriff', 'Sheriff'],
  ['chief', 'Chief'], ['professor', 'Professor'], ['doctor', 'Doctor'], ['bishop', 'Bishop'],
  ['archbishop', 'Archbishop'], ['cardinal', 'Cardinal'], ['rabbi', 'Rabbi'], ['imam', 'Imam'],
  ['ayatollah', 'Ayatollah'], ['detective', 'Detective'], ['inspector', 'Inspector'], ['officer', 'Officer'],
  ['superintendent', 'Superintendent'], ['constable', 'Constable'], ['coach', 'Coach'], ['dean', 'Dean'],
  ['attorney', 'Attorney'], ['deputy', 'Deputy'], ['leader', 'Leader'], ['head', 'Head'], ['ceo', 'CEO'],
  ['coordinator', 'Coordinator'], ['administrator', 'Administrator'], ['councillor', 'Councillor'],
  ['councilman', 'Councilman'], ['councilwoman', 'Councilwoman'], ['lawmaker', 'Lawmaker'], ['mp', 'MP'],
  ['undersheriff', 'Undersheriff'], ['coroner', 'Coroner'], ['trooper', 'Trooper'], ['assemblyman', 'Assemblyman'],
  ['assemblywoman', 'Assemblywoman'], ['alderman', 'Alderman'], ['magistrate', 'Magistrate'], ['warden', 'Warden'],
  ['chaplain', 'Chaplain'], ['consul', 'Consul'], ['provost', 'Provost'], ['councilmember', 'Councilmember'],
]);

/**
 * Words that may stand before a title head and belong to the title ("Foreign Minister", "Treasury
 * Secretary", "Vice President", "Brigadier General", "Secretary of State").
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'interior', 'finance', 'treasury', 'health', 'trade', 'commerce',
  'energy', 'education', 'home', 'state', 'prime', 'vice', 'deputy', 'acting', 'assistant', 'under',
  'executive', 'chief', 'senior', 'first', 'economy', 'economic', 'agriculture', 'labor', 'labour',
  'transport', 'transportation', 'environment', 'information', 'culture', 'security', 'intelligence',
  'army', 'navy', 'air', 'police', 'fire', 'lieutenant', 'brigadier', 'major', 'attorney', 'surgeon',
  'general', 'regional', 'provincial', 'district', 'county', 'city', 'party', 'opposition', 'majority',
  'minority', 'house', 'senate', 'supreme', 'grand', 'crown', 'managing', 'press', 'communications',
  'emergency', 'disaster', 'relief', 'development', 'aid', 'affairs', 'justice', 'immigration', 'housing',
  'veterans', 'homeland', 'public', 'works', 'water', 'resources', 'oil', 'petroleum', 'industry',
  'science', 'technology', 'sports', 'tourism', 'mines', 'mining', 'fisheries', 'planning', 'budget',
  'war', 'military', 'national', 'federal', 'former', 'top', 'foreign-policy', 'policy',
]);

/** "Secretary of State", "Minister of Foreign Affairs": heads that take an "of …" complement inside the title. */
export const OF_COMPLEMENTS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign affairs', 'the interior', 'interior', 'finance', 'health', 'justice',
  'education', 'commerce', 'energy', 'homeland security', 'the treasury', 'trade', 'labor', 'labour',
  'transportation', 'agriculture', 'staff', 'police',
]);

/**
 * Lower-case role nouns: "spokesman X", "X, a homemaker", "his predecessor, X". They mark the
 * neighbouring name as a person without being part of a formal title.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS.keys(),
  'official', 'officials', 'diplomat', 'counterpart', 'predecessor', 'successor', 'analyst', 'expert',
  'researcher', 'fellow', 'scientist', 'seismologist', 'geologist', 'physician', 'nurse', 'surgeon',
  'resident', 'witness', 'survivor', 'student', 'teacher', 'worker', 'clerk', 'manager', 'owner',
  'executive', 'founder', 'dispatcher', 'homemaker', 'housewife', 'farmer', 'fisherman', 'driver',
  'engineer', 'journalist', 'correspondent', 'reporter', 'editor', 'photographer', 'lawyer', 'soldier',
  'militant', 'activist', 'aide', 'adviser', 'advisor', 'member', 'candidate', 'nominee', 'volunteer',
  'victim', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'cousin',
  'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
  'neighbour', 'neighbor', 'relative', 'friend', 'colleague', 'businessman', 'businesswoman',
  'entrepreneur', 'economist', 'historian', 'author', 'writer', 'novelist', 'artist', 'actor', 'actress',
  'singer', 'player', 'striker', 'goalkeeper', 'pilot', 'operator', 'technician', 'guard', 'paramedic',
  'firefighter', 'medic', 'cleric', 'priest', 'monk', 'pastor', 'shopkeeper', 'vendor', 'trader',
  'banker', 'investor', 'chef', 'waiter', 'cashier', 'secretary-general', 'strategist', 'negotiator',
  'mediator', 'president', 'ceo', 'chairman', 'consultant', 'lecturer', 'headmaster', 'principal',
  'commentator', 'columnist', 'blogger', 'specialist', 'director', 'employee', 'staffer', 'contractor',
]);
