// Runs a registry of rules over one model in a single pass: each rule subscribes to events and the language's walker fires them once.
import type { Finding, Settings, Severity } from '../service/types';
import type { Problem, Rule } from './defineRule';
import { severityFor } from './severity';

/** Walks a model once, calling the matching handler of every subscribed visitor. */
export type Walker<Model, Visitor> = (model: Model, visitors: Visitor[]) => void;

/**
 * Creates every enabled rule's visitor, walks the model once, and returns the findings.
 * A rule that throws loses its own findings, never the others': one bug must not blank a file.
 */
export function runRules<Model, Visitor>(
  rules: readonly Rule<Model, Visitor>[],
  model: Model,
  walk: Walker<Model, Visitor>,
  settings: Settings,
  onRuleError: (ruleId: string, error: unknown) => void = () => undefined,
): Finding[] {
  const findings: Finding[] = [];
  const visitors: Visitor[] = [];
  for (const rule of rules) {
    const severity = severityFor(rule, settings);
    if (severity === 'off') continue;
    const context = {
      model,
      report: (problem: Problem) => {
        const effective = problem.severity && RANK[problem.severity] < RANK[severity] ? problem.severity : severity;
        findings.push({ ruleId: rule.id, severity: effective, message: problem.message, range: problem.range, fix: problem.fix });
      },
    };
    try {
      visitors.push(guardVisitor(rule.create(context), rule.id, onRuleError));
    } catch (error) {
      onRuleError(rule.id, error);
    }
  }
  walk(model, visitors);
  return findings;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Wraps each handler so that an exception in one rule is reported and contained. */
function guardVisitor<Visitor>(visitor: Visitor, ruleId: string, onRuleError: (ruleId: string, error: unknown) => void): Visitor {
  const guarded: Record<string, unknown> = {};
  for (const [event, handler] of Object.entries(visitor as Record<string, unknown>)) {
    if (typeof handler !== 'function') continue;
    guarded[event] = (...args: unknown[]) => {
      try {
        handler(...args);
      } catch (error) {
        onRuleError(ruleId, error);
      }
    };
  }
  return guarded as Visitor;
}
