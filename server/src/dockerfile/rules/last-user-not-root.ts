// Rule: the USER in effect when the shipped image starts should not be root, when the Dockerfile sets one.
import { defineRule } from '../../rules/defineRule';
import { finalStageChain, isRootUser } from '../finalStage';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'last-user-not-root',
  title: 'Do not leave the final image running as root',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [{ tool: 'hadolint', id: 'DL3002' }],
  fixable: false,
  topic: 'instruction:USER',
  create(context) {
    return {
      end() {
        // Build stages may need root to install things; only the stage that ships decides how the container runs.
        const chain = finalStageChain(context.model);
        const user = chain?.lastUser;
        if (!chain || !user || user.value.includes('$') || !isRootUser(user.value)) return;
        // A base image whose ONBUILD trigger switches to another user hands that user to every image built on it.
        const handsOverUser = chain.stages.some((stage) =>
          stage.instructions.some((instruction) => {
            const trigger = context.model.viewOf(instruction).trigger;
            const value = trigger?.keyword === 'USER' ? trigger.node.getArguments()[0]?.getValue() : undefined;
            return value !== undefined && !value.includes('$') && !isRootUser(value);
          }),
        );
        if (handsOverUser) return;
        const inherited = user.stage !== context.model.stages[context.model.stages.length - 1];
        context.report({
          range: user.instruction.getArgumentsRange() ?? user.instruction.getInstructionRange(),
          message: `The final image ${inherited ? 'inherits this USER and so ' : ''}runs as root: a process that breaks out of the application gets full control of the container. Switch to an unprivileged user after the steps that need root, e.g. "USER 10001".`,
        });
      },
    };
  },
});
