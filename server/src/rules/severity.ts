// Resolves the severity a rule runs at from the user's settings, which may name the rule by id or by a peer's alias.
import type { Settings, SeveritySetting } from '../service/types';
import { ruleMatches, type RuleMeta } from './defineRule';

/** The configured severity for a rule: an exact id wins over an alias, and both win over the default. */
export function severityFor(rule: RuleMeta, settings: Settings): SeveritySetting {
  const configured = settings.rules;
  if (Object.prototype.hasOwnProperty.call(configured, rule.id)) return configured[rule.id]!;
  for (const key of Object.keys(configured)) {
    if (ruleMatches(rule, key)) return configured[key]!;
  }
  return rule.defaultSeverity;
}
