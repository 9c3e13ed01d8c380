// The explicit registry of Dockerfile rules: adding a rule means adding one line here.
import type { Rule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';
import noMaintainer from './no-maintainer';
import pinBaseImageTag from './pin-base-image-tag';
import preferExecForm from './prefer-exec-form';

export const dockerfileRules: readonly Rule<DockerfileModel, DockerfileVisitor>[] = [pinBaseImageTag, preferExecForm, noMaintainer];
