/** Verbs of saying and reporting: their subject or object is a source, a person or an organisation. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained',
  'warned', 'warns', 'urged', 'urges', 'insisted', 'insists', 'claimed', 'claims', 'argued', 'argues',
  'acknowledged', 'announced', 'announces', 'declared', 'confirmed', 'confirms', 'denied', 'denies',
  'asked', 'replied', 'recalled', 'wrote', 'writes', 'commented', 'concluded', 'emphasized', 'emphasised',
  'stressed', 'stresses', 'predicted', 'estimated', 'cautioned', 'suggested', 'admitted', 'disputed',
  'retorted', 'reported', 'reports', 'tweeted', 'posted', 'testified', 'conceded', 'complained', 'vowed',
  'pledged', 'promised', 'believes', 'thinks', 'thought', 'believed', 'hoped', 'hopes', 'welcomed',
  'praised', 'criticised', 'criticized', 'condemned', 'dismissed', 'rejected', 'called', 'calls',
]);

/** Speech verbs that also fit organisations and media ("IRNA reported", "the ministry announced"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'reported', 'reports', 'announced', 'announces', 'said', 'says', 'confirmed', 'stated', 'estimated', 'quoted',
]);
