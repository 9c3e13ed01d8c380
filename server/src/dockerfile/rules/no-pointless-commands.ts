// Rule: some commands only make sense on a running machine: in a build they print to the log, fail, or start what the RUN's end stops.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

/** What each command does in a build, for the message. */
const POINTLESS: Record<string, string> = {
  shutdown: 'there is no machine to shut down: a container has no init to signal',
  reboot: 'there is no machine to reboot: a container has no init to signal',
  halt: 'there is no machine to halt: a container has no init to signal',
  poweroff: 'there is no machine to power off: a container has no init to signal',
  top: 'it shows the build container\'s processes, which is nothing anyone reads, and without a terminal it fails',
  free: 'it reports the build machine\'s memory to the build log and changes nothing in the image',
  ps: 'it lists the build container\'s processes to the build log and changes nothing in the image',
  ifconfig: 'it shows the build container\'s network, which is not the one the image will run with',
  mount: 'a build has no privilege to mount, and a mount would not be part of the image anyway',
};
const VIM_SCRIPTED = /^(?:\+|-c$|-S$|-s$|-e$|-E$|-es$|-Es$|--cmd$|-u$|--version$|--help$)/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-pointless-commands',
  title: 'Skip commands that do nothing in a build',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3001' }],
  fixable: false,
  topic: 'instruction:RUN',
  create: shellRule((context, shell) => {
    const model = context.model;
    const commands = shell.commands;
    commands.forEach((command, index) => {
      const call = invocation(command);
      if (!call) return;
      let why = Object.prototype.hasOwnProperty.call(POINTLESS, call.name) ? POINTLESS[call.name] : undefined;
      // `vim +PlugInstall +qall` and `vim -es -c …` are scripts; a bare vim waits for a user who is not there.
      if ((call.name === 'vim' || call.name === 'vi') && !call.args.some((w) => VIM_SCRIPTED.test(w.value))) why = 'an editor waits for keystrokes no build can type';
      // `service db start && psql …` uses the service within the RUN; starting it last only for it to stop is pointless.
      if (call.name === 'service' && ['start', 'restart', 'reload'].includes(call.args[1]?.value ?? '') && index === commands.length - 1 && !command.fromHeredoc) {
        why = 'every process started in a RUN stops when the RUN ends, so nothing is left running in the image; start it from CMD or ENTRYPOINT';
      }
      if (!why) return;
      const last = call.args[call.args.length - 1] ?? call.nameWord;
      context.report({
        range: { start: wordRange(model, call.nameWord).start, end: wordRange(model, last).end },
        message: `"${call.name}" is pointless in a RUN: ${why}.`,
      });
    });
  }),
});
