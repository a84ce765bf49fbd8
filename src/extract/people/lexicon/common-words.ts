/**
 * Words that are capitalised only because they start a sentence (or a headline): function words,
 * sentence adverbs, numerals, calendar words. The article's own lower-case words are added to these
 * at run time (`entity-analysis.ts`), which catches the rest ("Officials said", "Residents fled").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its it's he she they we you i me him her them us our your their his
my mine yours ours theirs who whom whose which what when where why how whoever whatever
and but or nor so yet for because although though while whilst if unless until since as than then also
still even just only once again already never ever always often sometimes perhaps maybe indeed instead
however meanwhile moreover furthermore nevertheless nonetheless otherwise therefore thus hence accordingly
besides anyway finally first second third last next earlier later now today tonight yesterday tomorrow
in on at by to of from with without within into onto upon over under above below across after before
during despite among amid amidst between against along around about through throughout toward towards
beyond behind beside near like unlike per via including according regarding following ahead prior
is are was were be been being am do does did done has have had having will would shall should can could
may might must ought not no yes all any both each either neither every few many much more most some such
several other another same own other's one two three four five six seven eight nine ten eleven twelve
twenty thirty forty fifty hundred thousand thousands hundreds dozens millions million billion
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept
oct nov dec am pm gmt utc est edt pst pdt cst cdt mst mdt bst cet
said says say told tells asked added according reported officials residents people police rescuers
witnesses experts analysts authorities others those everyone someone nobody none something nothing
breaking update updated posted published photo video watch read see also related more latest live
speaking asked asking having being given taken seen hoping despite
well oh ah okay ok please thanks thank`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

/** Acronyms of common nouns, never names: "State TV reported", "GPS coordinates". */
export const GENERIC_ACRONYMS: ReadonlySet<string> = new Set([
  'TV', 'GPS', 'GMT', 'UTC', 'PST', 'PDT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'BST', 'CET', 'AM', 'PM',
  'CEO', 'CFO', 'ID', 'DNA', 'HIV', 'AIDS', 'SUV', 'OK', 'PC', 'IT', 'AI', 'GDP', 'VAT', 'PR', 'HQ', 'FAQ', 'USB',
  'LED', 'ATM', 'SMS', 'MP', 'MPS', 'PHD', 'NB', 'PS', 'RIP', 'VIP', 'DIY', 'ETA', 'CCTV', 'IED', 'RPG', 'UAV',
]);
