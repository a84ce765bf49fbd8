import type { Finding, FindingPosition, RuleMeta, Severity } from '../types.js';
import { displayPath, endOf } from './positions.js';
import type { Reporter } from './reporter.js';
import { ruleMetasFor } from './rule-metas.js';
import { isCorroboration } from './summary.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path becomes a relative URI reference (each segment percent-encoded); absolute ones a file URI. */
function artifactLocation(articlePath: string): { uri: string; uriBaseId?: string } {
  const encoded = articlePath.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  if (articlePath.startsWith('/')) return { uri: `file://${encoded}` };
  // %SRCROOT% lets a consumer (GitHub code scanning) resolve the path against the checkout.
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function region(position: FindingPosition) {
  const { endLine, endColumn } = endOf(position);
  return {
    startLine: position.line,
    startColumn: position.column,
    endLine,
    endColumn,
    charOffset: position.span.start,
    charLength: position.span.end - position.span.start,
    ...(position.text !== '' ? { snippet: { text: position.text } } : {}),
  };
}

function ruleDescriptor(meta: RuleMeta) {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: meta.help, markdown: meta.help },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
  };
}

/**
 * SARIF 2.1.0 for code-scanning dashboards: the rules from the reconciler's metadata, one result per
 * finding located at its first side, the other sides as related locations. Corroborations are
 * results of kind `pass` (SARIF requires level `none` for them), so dashboards do not list them as alerts.
 */
export const sarifReporter: Reporter = (result, options) => {
  const metas = ruleMetasFor(result.findings);
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const pathOf = new Map(result.articles.map((article) => [article.id, displayPath(article.path, options.cwd)]));
  const htmlText = new Set(result.articles.filter((article) => article.textSource === 'html-text').map((article) => article.id));
  const location = (position: FindingPosition) => ({
    physicalLocation: {
      artifactLocation: artifactLocation(pathOf.get(position.article)!),
      region: region(position),
      // Offsets of HTML articles refer to the text the HTML parser extracted, not to the file's bytes.
      ...(htmlText.has(position.article) ? { properties: { textSource: 'html-text' } } : {}),
    },
  });
  const toResult = (finding: Finding) => {
    // Positions outside any article (a problem with a command-line option) have no location.
    const [first, ...others] = finding.positions.filter((position) => pathOf.has(position.article));
    const corroboration = isCorroboration(finding);
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule)!,
      ...(corroboration ? { kind: 'pass', level: 'none' } : { level: LEVEL[finding.severity] }),
      message: { text: finding.explanation ? `${finding.message} ${finding.explanation}` : finding.message },
      locations: first ? [location(first)] : [],
      ...(others.length > 0
        ? {
            relatedLocations: others.map((position, index) => ({
              id: index + 1,
              ...location(position),
              message: { text: `${position.article}: “${position.text}”` },
            })),
          }
        : {}),
      partialFingerprints: { 'corroborateFinding/v1': finding.id },
      properties: {
        severity: finding.severity,
        verdict: finding.verdict,
        confidence: finding.confidence,
        ...(finding.event !== undefined ? { event: finding.event } : {}),
        ...(finding.sources !== undefined ? { sources: finding.sources } : {}),
      },
    };
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: result.tool.name, version: result.tool.version, semanticVersion: result.tool.version, rules: metas.map(ruleDescriptor) } },
        artifacts: result.articles.map((article) => ({ location: artifactLocation(pathOf.get(article.id)!), roles: ['analysisTarget'] })),
        columnKind: 'utf16CodeUnits',
        results: result.findings.map(toResult),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
