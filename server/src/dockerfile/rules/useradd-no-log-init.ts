// Rule: useradd with a large UID writes a huge sparse lastlog/faillog entry that tar stores in full; -l skips it.
import type { Fix } from '../../service/types';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { hasOption, parseArgs } from '../shell/commands';
import { invocationsOfShell } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

const USERADD_VALUE_OPTIONS = new Set(['b', 'base-dir', 'c', 'comment', 'd', 'home-dir', 'e', 'expiredate', 'f', 'inactive', 'g', 'gid', 'G', 'groups', 'k', 'skel', 'K', 'key', 'p', 'password', 'R', 'root', 'P', 'prefix', 's', 'shell', 'u', 'uid', 'Z', 'selinux-user', 'btrfs-subvolume-home']);
/** hadolint's threshold: a UID of six digits or more (100000 and up). */
const LARGE_UID = /^\d{6,}$/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'useradd-no-log-init',
  title: 'Pass --no-log-init to useradd with a large UID',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3046' }],
  fixable: true,
  topic: 'instruction:USER',
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const call of invocationsOfShell(shell, 'useradd')) {
      const parsed = parseArgs(call.args, USERADD_VALUE_OPTIONS);
      if (hasOption(parsed, 'l', 'no-log-init')) continue;
      const uid = parsed.options.find((o) => o.name === 'u' || o.name === 'uid');
      if (!uid || !LARGE_UID.test(uid.value ?? '')) continue;
      const at = wordRange(model, call.nameWord).end;
      context.report({
        range: wordRange(model, call.nameWord),
        message: `useradd records UID ${uid.value} in /var/log/lastlog and faillog at an offset proportional to the UID; the file is sparse on disk but the image layer stores it in full, often gigabytes. Add --no-log-init (-l).`,
        fix: (): Fix => ({ title: 'Add --no-log-init', edits: [{ range: { start: at, end: at }, newText: ' --no-log-init' }], safe: true }),
      });
    }
  }),
});
