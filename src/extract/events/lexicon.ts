/**
 * Closed-class words and cue words the event extractor reads. Lower case. These are English
 * grammar and news-writing conventions, never names from a particular story.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/u));

/** Words that open a noun phrase: a trigger right after one is a noun ("a visit", "his trip"). */
export const DETERMINERS = words(`a an the his her its their our my your this that these those whose
  another any each every no some such first second third last latest next recent previous planned`);

/** Auxiliaries and modals inside a verb group; skipped when looking for the subject. */
export const AUXILIARIES = words(`will would shall should can could may might must do does did is are was
  were be been being has have had 'll to not n't never also again then still already just soon finally
  first later yet now today reportedly jointly briefly separately privately only`);

/** Verbs that take an infinitive of intention: "expected to meet", "plans to visit". */
export const PLANNING_VERBS = words(`expected set due scheduled slated poised planned plans plan planning
  intends intend intended going about aims aim aiming arranged preparing prepares prepared`);

/** Cues that something will (probably) happen. */
export const PLANNED_CUES = words(`will 'll shall would agenda schedule itinerary upcoming forthcoming
  planned scheduled expected anticipated slated proposed plans plan planning intends due`);

/** Cues that something may happen. */
export const POSSIBLE_CUES = words(`possible possibly potential potentially may might could perhaps maybe
  likely probable probably hopes hope hoping hoped seeks seek seeking wants want wanted considering
  mulling eyeing rumoured rumored tentative urged urges urging asked asks asking invited invites
  inviting invitation requested requests ordered ordering pressed pressing`);

/** Negators; their scope is the clause they stand in. */
export const NEGATORS = words(`not n't never no without nor neither`);

/** Verbs that deny that an event took or will take place. */
export const DENIAL_CUES = words(`denied denies deny denying dismissed rejected refuted`);

/** Words after a noun trigger that cancel it: "the visit was cancelled". */
export const CANCEL_CUES = words(`cancelled canceled scrapped postponed shelved`);

/** Verbs of saying; a trigger in their complement is reported. */
export const SPEECH_VERBS = words(`said says say told tells reported reports announced announces confirmed
  confirms stated states added adds claimed claims insisted noted`);

/** Words that open a hypothetical clause. */
export const CONDITIONALS = words(`if unless whether`);

/** Subordinators and relativisers: a clause ends before them (looking left) or at them (looking right). */
export const CLAUSE_OPENERS = words(`while whereas although though because since when whenever where which
  who whom that as but if unless until so whether`);

/** Prepositions that may introduce a gerund clause ("before proceeding to"), inheriting the matrix modality. */
export const GERUND_PREPOSITIONS = words(`before after without by while on upon`);

/** Prepositions that end an argument phrase inside the right window. */
export const PREPOSITIONS = words(`with between by of to in at near on during for from after before
  amid amidst over about regarding including alongside following`);

/** Personal pronouns that may stand for a single person, and the possessives. */
export const PERSON_PRONOUNS = words(`he she him her his hers`);

/** Words that are part of a title or role before a name ("Foreign Minister", "Treasury Secretary"). */
export const TITLE_WORDS = words(`president vice prime premier minister secretary foreign defense defence
  treasury state interior finance home trade chancellor king queen prince princess emperor pope sheikh
  mr mrs ms miss dr prof sir dame lord lady senator sen rep representative congressman congresswoman
  governor gov mayor general gen admiral adm colonel col captain capt lieutenant lt sergeant sgt major
  chief deputy ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair director
  commissioner leader head judge justice attorney speaker former acting late us u.s. uk u.k. un u.n. eu
  general-secretary secretary-general`);

/** Capitalised at the start of a sentence but never part of a name. */
export const FUNCTION_WORDS = words(`a an the and or but nor so yet for at in on of to by with from into during
  while when where after before since until if unless although though because as this that these those
  there here he she it they we i you his her its their our my your who which what how why then also
  however meanwhile despite amid amidst ahead prior following under over among between speaking`);

/** Role nouns that a definite description uses for a person ("the US diplomat", "the minister"). */
export const ROLE_NOUNS = words(`diplomat president minister secretary envoy official leader premier
  chancellor ambassador spokesman spokeswoman spokesperson senator governor mayor king queen prince
  general commander chief counterpart predecessor successor agent aide adviser advisor lawyer attorney
  deputy wife husband son daughter brother sister father mother`);

/** Role nouns that relate someone to another person: "the wife", "his aide" never stand for that person. */
export const RELATIONAL_ROLES = words(`counterpart predecessor successor agent aide adviser advisor lawyer attorney
  deputy wife husband son daughter brother sister father mother`);

/**
 * Head nouns of descriptions that name people ("business leaders", "the top brass"). Someone met
 * must be people: "met the deadline", "met with criticism" are not meetings.
 */
export const PERSON_HEADS = words(`leader leaders official officials minister ministers counterpart counterparts
  president presidents premier envoy envoys diplomat diplomats delegation delegations delegate delegates
  representative representatives brass executive executives ceo ceos chief chiefs head heads students
  families relatives victims survivors workers residents troops soldiers lawmakers legislators senators
  members activists journalists reporters investors businessmen businesspeople entrepreneurs officers
  commanders generals mayor mayors governor governors king queen prince princess pope ambassador
  ambassadors secretary chairman chairwoman spokesman spokeswoman team staff counterparts host hosts
  opposition rebels negotiators mediators elders clerics bishops monarch monarchs emir sultan sheikh
  chancellor cabinet government governments administration authorities partners allies nations
  countries citizens people fans supporters protesters demonstrators refugees crew pilots doctors
  nurses teachers farmers athletes players coach coaches manager managers parties sides agent agents
  aide aides adviser advisers advisor advisors lawyer lawyers attorney attorneys family counsel`);

/** Adjectives before a noun trigger that say nothing about modality ("short", "two-day"). */
export function isModifierWord(lower: string): boolean {
  return /^[\p{Ll}][\p{Ll}-]*$/u.test(lower) && !DETERMINERS.has(lower) && !AUXILIARIES.has(lower);
}
