/**
 * Word lists for attribution: the verbs that introduce what someone said, and the words a speaker
 * phrase is made of. General English newswire vocabulary, not names from any story.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** Verbs that report speech; their content becomes a reported-speech quote. */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell added adds reported reports announced announces confirmed confirms
  stated states declared declares warned warns explained explains noted notes insisted insists claimed
  claims argued argues acknowledged acknowledges admitted admits denied denies urged urges wrote writes
  quoted tweeted predicted predicts recalled recalls replied replies responded responds asserted asserts
  disclosed discloses disagreed stressed stresses emphasized emphasised
  emphasizes emphasises conceded concedes cautioned remarked observed suggested suggests
`);

/**
 * Verbs that attribute a figure without reporting speech ("put the magnitude at 5.9", "USGS
 * measurements indicated at least 20 aftershocks"); they give quantities a speaker, not quotes.
 */
export const ESTIMATE_VERBS = words(`
  put puts estimated estimates measured measures recorded records registered registers indicated indicates
  showed shows revealed reveals counted counts gave gives listed lists tallied
`);

/** Words that end a speaker phrase when scanning backwards from the verb. */
export const PHRASE_STOPS = words(`
  is are was were be been being am has have had do does did will would can could should may might must shall
  that which who whom whose when where while because although though if as since after before until than
  but or so yet nor not never also then there here said says told tells say it's what how why
  to by with without into onto upon over under about against between through during despite
  killed injured wounded died destroyed damaged hit struck
`);

/** Adverbs and auxiliaries allowed between a speaker and the verb ("he later said", "officials have said"). */
export const VERB_PREFIX = words(`
  also later earlier then has have had was were is are would will reportedly again repeatedly recently
  separately publicly privately previously initially first further quickly immediately simply just
  had already since however therefore meanwhile
`);

/** Pronouns that stand for a speaker named elsewhere. */
export const PRONOUNS = words('he she they it we i');

/**
 * Heads of speaker phrases that name a role, not a person: "a senior official", "doctors in Gaza".
 * A phrase with one of these heads is anonymous unless a name is attached.
 */
export const ROLE_HEADS = words(`
  official officials spokesman spokeswoman spokesperson spokespeople source sources diplomat diplomats
  minister ministers governor president director chief head commander officer officers witness witnesses
  resident residents survivor survivors worker workers woman man women men mother father doctor doctors
  medic medics nurse physician physicians rescuer rescuers analyst analysts expert experts observer observers
  seismologist seismologists scientist scientists researcher researchers professor fellow aide aides adviser
  advisers advisor advisors ambassador envoy secretary mayor leader leaders homemaker clerk dispatcher
  villagers villager parents relatives relative friend neighbour neighbor teacher student students staff
  employee employees prosecutor prosecutors lawyer lawyers attorney judge investigators investigator
  detectives detective coroner people person manager owner member members representative representatives
  negotiator negotiators lawmaker lawmakers senator legislator activist activists protester protesters
  victim victims eyewitness eyewitnesses fisherman farmer trader driver pilot soldier soldiers guard guards
  governor-general counterpart latter former boy boys girl girls child teenager wife husband son daughter
  brother sister uncle aunt grandmother grandfather shopkeeper owner
`);

/** Heads of speaker phrases that name an institution or a medium ("the agency", "state media"). */
export const ORGANIZATION_HEADS = words(`
  agency agencies media television tv radio newspaper paper website site survey center centre centers centres
  institute service services department office government administration authorities authority army
  military forces police council committee organization organisation group firm company ministry
  statement report reports data figures estimates measurements bureau commission network station channel
  hospital unit team teams crews crew groups wires newswires court observatory network office embassy
`);

/**
 * Titles and honorifics: capitalised, but not a name on their own ("the Governor said").
 */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. dr dr. prof prof. president governor gov. minister secretary general gen. maj. col. lt.
  capt. captain sgt. sen. senator rep. mayor king queen prince princess pope chief director head prime foreign
  defense defence deputy vice state interior finance home chairman chairwoman commissioner ambassador
  inf. snr. comr. brigadier colonel major lieutenant admiral commander
`);

/**
 * Nationality adjectives and country abbreviations: "a senior US official" and "Israeli officials"
 * are anonymous although they contain a capitalised word.
 */
export const NATIONALITY = words(`
  us u.s. usa u.s.a. uk u.k. uae american americans british chinese iranian iranians israeli israelis
  palestinian palestinians russian russians ukrainian french german germans italian spanish japanese korean
  north south indian pakistani afghan iraqi iraqis syrian lebanese egyptian turkish saudi emirati qatari
  indonesian australian canadian mexican brazilian african european asian arab arabs western eastern
  taiwanese filipino thai vietnamese malaysian dutch belgian swiss swedish norwegian danish polish greek
  irish scottish welsh english kenyan nigerian ethiopian somali sudanese libyan tunisian algerian moroccan
  jordanian kuwaiti yemeni omani bahraini iranian afghani bangladeshi nepali sri lankan burmese cuban
  venezuelan colombian chilean peruvian argentine argentinian haitian jamaican new zealand western
  federal national local provincial regional state official senior top
`);
