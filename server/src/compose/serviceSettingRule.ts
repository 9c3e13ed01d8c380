// The create() shared by the Compose security rules that underline risky settings inside each service.
import { isSeq, type Node } from 'yaml';
import type { RuleContext } from '../rules/defineRule';
import type { ComposeModel, ServiceNode } from './model';
import type { ComposeVisitor } from './walker';

/** Underlines one risky setting with the sentence that says why. */
export type Flag = (node: Node, message: string) => void;

/** A rule's create(): runs `check` on each service, reporting whatever it flags. */
export function serviceSettingRule(check: (service: ServiceNode, flag: Flag) => void): (context: RuleContext<ComposeModel>) => ComposeVisitor {
  return (context) => ({
    service(service) {
      check(service, (node, message) => context.report({ range: context.model.rangeOf(node), message }));
    },
  });
}

/** The entries of a service's list setting (cap_add, volumes); none when it is missing or not a list. */
export function listItems(service: ServiceNode, key: string): unknown[] {
  const list = service.value?.get(key, true);
  return isSeq(list) ? list.items : [];
}
