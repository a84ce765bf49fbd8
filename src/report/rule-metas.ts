import { INPUT_RULE_META } from '../reconcile/input-findings.js';
import { RULES } from '../reconcile/rules/index.js';
import type { Finding, RuleMeta } from '../types.js';

/** Metadata of every rule the reconciler knows, in the order they run, then the `input` rule. */
export function allRuleMetas(): RuleMeta[] {
  return [...RULES.map((rule) => rule.meta), INPUT_RULE_META];
}

/**
 * The metadata reporters describe: every known rule, plus a minimal entry for any rule id that
 * appears in the findings without being registered (a result produced by a newer or custom rule
 * set must still be reportable).
 */
export function ruleMetasFor(findings: readonly Finding[]): RuleMeta[] {
  const known = allRuleMetas();
  const ids = new Set(known.map((meta) => meta.id));
  const extra = [...new Set(findings.map((finding) => finding.rule))]
    .filter((id) => !ids.has(id))
    .sort()
    .map((id): RuleMeta => ({
      id,
      description: `Findings of rule ${id}.`,
      defaultSeverity: findings.find((finding) => finding.rule === id)!.severity,
      help: `No metadata is registered for rule ${id}.`,
      messages: {},
    }));
  return [...known, ...extra];
}
