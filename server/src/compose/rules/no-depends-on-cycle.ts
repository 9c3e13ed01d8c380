// Rule: depends_on must not form a cycle (or name the service itself), or Compose cannot order start-up and refuses.
import type { Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { dependencies } from '../dependencies';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

interface Edge {
  from: string;
  to: string;
  node: Node;
}

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-depends-on-cycle',
  title: 'depends_on must not form a cycle',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'compose:service.depends_on',
  create(context) {
    const edges: Edge[] = [];
    return {
      service(service) {
        if (!service.value) return;
        for (const dependency of dependencies(service.value)) edges.push({ from: service.name, to: dependency.name, node: dependency.node });
      },
      end() {
        const graph = new Map<string, string[]>();
        for (const edge of edges) graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
        // Only edges inside one strongly connected component can close a cycle; the search stays inside it.
        const component = components(graph);
        for (const edge of edges) {
          const same = component.get(edge.from) === component.get(edge.to);
          const path = edge.from === edge.to ? [] : same ? pathBetween(graph, component, edge.to, edge.from) : undefined;
          if (!path) continue;
          const cycle = [edge.from, ...path].join(' → ');
          context.report({
            range: context.model.rangeOf(edge.node),
            message:
              edge.from === edge.to
                ? `Service "${edge.from}" depends on itself: docker compose refuses the project. Remove this entry.`
                : `Service "${edge.from}" depends on "${edge.to}", which leads back to it (${cycle}): docker compose cannot choose a start order and refuses the project.`,
          });
        }
      },
    };
  },
});

/** The shortest chain of dependencies from `start` to `goal` (both included), found breadth-first. */
function pathBetween(graph: Map<string, string[]>, component: Map<string, number>, start: string, goal: string): string[] | undefined {
  const previous = new Map<string, string | undefined>([[start, undefined]]);
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    const current = queue[index]!;
    if (current === goal) {
      const path: string[] = [];
      for (let step: string | undefined = current; step !== undefined; step = previous.get(step)) path.unshift(step);
      return path;
    }
    for (const next of graph.get(current) ?? []) {
      if (previous.has(next) || component.get(next) !== component.get(goal)) continue;
      previous.set(next, current);
      queue.push(next);
    }
  }
  return undefined;
}

/** Tarjan's strongly connected components, iterative so a 5,000-service chain cannot overflow the stack. */
function components(graph: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, index.get(frame.node)!);
        } while (member !== frame.node);
      }
    }
  }
  return component;
}
