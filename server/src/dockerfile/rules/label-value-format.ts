// Rule: labels named in the hadolint label-schema have a value of the required type (URL, semver, git hash, RFC 3339 time, SPDX, email) and are not empty.
import { defineRule } from '../../rules/defineRule';
import { hadolintConfigOf, type LabelType } from '../hadolintConfig';
import { labelPairs, matchesLabelType } from '../labels';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const EXPECTED: Record<LabelType, string> = {
  text: 'text',
  url: 'an absolute URL such as https://example.com/docs',
  semver: 'a semantic version such as 1.4.2 or 2.0.0-rc.1',
  hash: 'a git commit hash (7 to 40 hex digits)',
  rfc3339: 'an RFC 3339 time such as 2024-05-01T12:00:00Z',
  spdx: 'an SPDX license expression such as MIT or Apache-2.0 OR MIT',
  email: 'an email address such as team@example.com',
};

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'label-value-format',
  title: 'Give schema labels a value of the required format',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [
    { tool: 'hadolint', id: 'DL3051' },
    { tool: 'hadolint', id: 'DL3052' },
    { tool: 'hadolint', id: 'DL3053' },
    { tool: 'hadolint', id: 'DL3054' },
    { tool: 'hadolint', id: 'DL3055' },
    { tool: 'hadolint', id: 'DL3056' },
    { tool: 'hadolint', id: 'DL3058' },
  ],
  fixable: false,
  topic: 'instruction:LABEL',
  create(context) {
    const schema = hadolintConfigOf(context.model)?.labelSchema;
    if (!schema || schema.size === 0) return {};
    return {
      LABEL(label) {
        for (const pair of labelPairs(label)) {
          const type = schema.get(pair.name);
          if (!type) continue;
          if (pair.value.trim() === '') {
            context.report({ range: pair.nameRange, message: `Label "${pair.name}" is empty; the label schema expects ${EXPECTED[type]}.` });
            continue;
          }
          // A value built from ARG or ENV is only known at build time.
          if (pair.value.includes('$') || matchesLabelType(type, pair.value)) continue;
          context.report({ range: pair.valueRange, message: `Label "${pair.name}" is "${pair.value}", but the label schema expects ${EXPECTED[type]}.` });
        }
      },
    };
  },
});
