// Rule: one stage needs one download tool; installing and using both curl and wget doubles what the image carries.
import type { Stage } from '../model';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'either-curl-or-wget',
  title: 'Use either curl or wget, not both',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL4001' }],
  fixable: false,
  topic: 'instruction:RUN',
  create(context) {
    const model = context.model;
    // The first download tool each stage used, with where.
    const first = new Map<Stage, string>();
    return {
      RUN(run, stage) {
        const shell = shellOf(model, run);
        if (!shell || !stage) return;
        for (const command of shell.commands) {
          const call = invocation(command);
          if (!call || (call.name !== 'curl' && call.name !== 'wget')) continue;
          const seen = first.get(stage);
          if (seen === undefined) {
            first.set(stage, call.name);
            continue;
          }
          if (seen === call.name) continue;
          context.report({
            range: wordRange(model, call.nameWord),
            message: `This stage already uses ${seen}; using ${call.name} too means both tools (and their libraries) must be installed. Pick one and use it for every download in the stage.`,
          });
          // One report per RUN is enough to make the point.
          return;
        }
      },
    };
  },
});
