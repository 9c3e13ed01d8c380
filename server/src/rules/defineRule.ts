// The shape of a rule: metadata next to the check, and defineRule() that checks the metadata once at load time.
import type { Fix, LanguageId, Range, Severity, SeveritySetting } from '../service/types';

/** Peer tools whose names for the same check we accept in settings and suppression comments. */
export type PeerTool = 'hadolint' | 'buildkit' | 'dclint';

export interface Alias {
  tool: PeerTool;
  id: string;
}

export type Category = 'correctness' | 'best-practice' | 'security' | 'performance' | 'maintainability' | 'portability';

export interface RuleMeta {
  /** Kebab-case id saying what the rule wants, e.g. `pin-base-image-tag`. */
  id: string;
  title: string;
  /** `any` for checks that run on every file before its parser, such as readable-text. */
  language: LanguageId | 'any';
  /** `error` only for what `docker build` or `docker compose config` rejects. */
  defaultSeverity: SeveritySetting;
  category: Category;
  aliases: Alias[];
  fixable: boolean;
  /** The hover/quiz topic this rule teaches, e.g. `concept:image-tags`. */
  topic?: string;
}

/** What a rule may report: a place, a sentence, and optionally a way to fix it. */
export interface Problem {
  range: Range;
  message: string;
  /** Lowers the configured severity for this one problem (never raises it), e.g. when a file may be partial. */
  severity?: Severity;
  fix?: () => Fix | undefined;
}

/** Handed to a rule's create(): the model it reads and the one way to report. */
export interface RuleContext<Model> {
  readonly model: Model;
  report(problem: Problem): void;
}

/** A rule over a model of type Model, subscribing to the events of visitor type Visitor. */
export interface Rule<Model, Visitor> extends RuleMeta {
  create(context: RuleContext<Model>): Visitor;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Declares a rule; throws at load time on metadata that would break settings or docs. */
export function defineRule<Model, Visitor>(rule: Rule<Model, Visitor>): Rule<Model, Visitor> {
  if (!KEBAB.test(rule.id)) throw new Error(`rule id "${rule.id}" must be kebab-case`);
  if (rule.title.trim() === '') throw new Error(`rule ${rule.id} needs a title`);
  return rule;
}

/** True when `key` names this rule by id or by any peer alias (case-insensitive for aliases). */
export function ruleMatches(rule: RuleMeta, key: string): boolean {
  if (key === rule.id) return true;
  const lower = key.toLowerCase();
  return rule.aliases.some((alias) => alias.id.toLowerCase() === lower);
}
