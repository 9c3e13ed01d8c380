// The explicit registry of Dockerfile rules: adding a rule means adding one line here.
import type { Rule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';
import consistentInstructionCasing from './consistent-instruction-casing';
import copyHeredocExpansion from './copy-heredoc-expansion';
import copyFromOtherStage from './copy-from-other-stage';
import envKeyValueFormat from './env-key-value-format';
import exposePortOnly from './expose-port-only';
import exposeProtoCasing from './expose-proto-casing';
import fromAsCasing from './from-as-casing';
import noConstantPlatform from './no-constant-platform';
import noEmptyContinuation from './no-empty-continuation';
import noSwallowedInstruction from './no-swallowed-instruction';
import noInstructionBeforeFrom from './no-instruction-before-from';
import noMaintainer from './no-maintainer';
import noOverriddenInstruction from './no-overridden-instruction';
import noRedundantTargetPlatform from './no-redundant-target-platform';
import noSecretsInArgEnv from './no-secrets-in-arg-env';
import noUnknownInstruction from './no-unknown-instruction';
import pinBaseImageTag from './pin-base-image-tag';
import preferExecForm from './prefer-exec-form';
import requiredArguments from './required-arguments';
import reservedStageName from './reserved-stage-name';
import stageNameCasing from './stage-name-casing';
import uniqueStageNames from './unique-stage-names';
import validDefinitionDescription from './valid-definition-description';
import validExpose from './valid-expose';
import validFlagValues from './valid-flag-values';
import validFlags from './valid-flags';
import validStageName from './valid-stage-name';
import workdirAbsolute from './workdir-absolute';
import validHadolintConfig from './valid-hadolint-config';
import trustedRegistries from './trusted-registries';
import labelKeyFormat from './label-key-format';
import requiredLabels from './required-labels';
import noUnlistedLabels from './no-unlisted-labels';
import labelValueFormat from './label-value-format';
import aptGetAssumeYes from './apt-get-assume-yes';
import aptGetNoInstallRecommends from './apt-get-no-install-recommends';
import pinAptPackages from './pin-apt-packages';
import aptListsCleanup from './apt-lists-cleanup';
import noAptUpgrade from './no-apt-upgrade';
import preferAptGet from './prefer-apt-get';
import noCurlPipeShell from './no-curl-pipe-shell';
import noWorldWritableChmod from './no-world-writable-chmod';
import copyManifestsBeforeInstall from './copy-manifests-before-install';
import apkNoCache from './apk-no-cache';
import pinApkPackages from './pin-apk-packages';
import pipNoCacheDir from './pip-no-cache-dir';
import pinPipPackages from './pin-pip-packages';
import yumAssumeYes from './yum-assume-yes';
import dnfAssumeYes from './dnf-assume-yes';
import zypperNonInteractive from './zypper-non-interactive';
import yumCleanAll from './yum-clean-all';
import dnfCleanAll from './dnf-clean-all';
import zypperClean from './zypper-clean';
import pinYumPackages from './pin-yum-packages';
import pinDnfPackages from './pin-dnf-packages';
import pinZypperPackages from './pin-zypper-packages';
import noZypperDistUpgrade from './no-zypper-dist-upgrade';
import preferWorkdir from './prefer-workdir';
import noSudo from './no-sudo';
import noPointlessCommands from './no-pointless-commands';
import eitherCurlOrWget from './either-curl-or-wget';
import wgetProgress from './wget-progress';
import useraddNoLogInit from './useradd-no-log-init';
import preferShellInstruction from './prefer-shell-instruction';
import usePipefail from './use-pipefail';
import mergeConsecutiveRuns from './merge-consecutive-runs';
import pinNpmPackages from './pin-npm-packages';
import pinGemPackages from './pin-gem-packages';
import noUndefinedArgInFrom from './no-undefined-arg-in-from';
import noUndefinedVariable from './no-undefined-variable';
import validFromArgDefault from './valid-from-arg-default';
import validSubstitution from './valid-substitution';
import preferCopy from './prefer-copy';
import copyMultipleToDir from './copy-multiple-to-dir';
import validOnbuildTrigger from './valid-onbuild-trigger';
import noSelfReferencingEnv from './no-self-referencing-env';
import copyRelativeNeedsWorkdir from './copy-relative-needs-workdir';
import lastUserNotRoot from './last-user-not-root';
import setNonRootUser from './set-non-root-user';
import noCopiedSecrets from './no-copied-secrets';
import addRemoteChecksum from './add-remote-checksum';
import noExposeSsh from './no-expose-ssh';
import copyFromKnownStage from './copy-from-known-stage';
import validStopsignal from './valid-stopsignal';
import shellJsonForm from './shell-json-form';
import validEscapeDirective from './valid-escape-directive';
import noDuplicateDirective from './no-duplicate-directive';
import validCheckDirective from './valid-check-directive';
import noIgnoredDirective from './no-ignored-directive';
import noCopyIgnoredFile from './no-copy-ignored-file';
import yarnCacheClean from './yarn-cache-clean';
import pinGoInstall from './pin-go-install';
import noBuildToolsInFinalStage from './no-build-tools-in-final-stage';

export const dockerfileRules: readonly Rule<DockerfileModel, DockerfileVisitor>[] = [
  // What docker build rejects.
  validSubstitution,
  noUnknownInstruction,
  noInstructionBeforeFrom,
  requiredArguments,
  validFlags,
  validFlagValues,
  validStageName,
  copyFromOtherStage,
  validExpose,
  validStopsignal,
  shellJsonForm,
  validEscapeDirective,
  noDuplicateDirective,
  validCheckDirective,
  noIgnoredDirective,
  // BuildKit's build checks.
  validFromArgDefault,
  noUndefinedVariable,
  noUndefinedArgInFrom,
  noCopyIgnoredFile,
  uniqueStageNames,
  reservedStageName,
  stageNameCasing,
  fromAsCasing,
  consistentInstructionCasing,
  copyHeredocExpansion,
  noEmptyContinuation,
  noSwallowedInstruction,
  envKeyValueFormat,
  noOverriddenInstruction,
  workdirAbsolute,
  exposeProtoCasing,
  exposePortOnly,
  noRedundantTargetPlatform,
  noConstantPlatform,
  noSecretsInArgEnv,
  validDefinitionDescription,
  // Best practices.
  copyFromKnownStage,
  pinBaseImageTag,
  preferExecForm,
  noMaintainer,
  validHadolintConfig,
  trustedRegistries,
  labelKeyFormat,
  requiredLabels,
  noUnlistedLabels,
  labelValueFormat,
  // Shell commands in RUN.
  aptGetAssumeYes,
  aptGetNoInstallRecommends,
  pinAptPackages,
  aptListsCleanup,
  noAptUpgrade,
  preferAptGet,
  noCurlPipeShell,
  noWorldWritableChmod,
  copyManifestsBeforeInstall,
  apkNoCache,
  pinApkPackages,
  pipNoCacheDir,
  pinPipPackages,
  yumAssumeYes,
  dnfAssumeYes,
  zypperNonInteractive,
  yumCleanAll,
  dnfCleanAll,
  zypperClean,
  pinYumPackages,
  pinDnfPackages,
  pinZypperPackages,
  noZypperDistUpgrade,
  preferWorkdir,
  noSudo,
  noPointlessCommands,
  eitherCurlOrWget,
  wgetProgress,
  useraddNoLogInit,
  preferShellInstruction,
  usePipefail,
  mergeConsecutiveRuns,
  pinNpmPackages,
  pinGemPackages,
  preferCopy,
  copyMultipleToDir,
  validOnbuildTrigger,
  noSelfReferencingEnv,
  copyRelativeNeedsWorkdir,
  lastUserNotRoot,
  setNonRootUser,
  noCopiedSecrets,
  addRemoteChecksum,
  noExposeSsh,
  yarnCacheClean,
  pinGoInstall,
  noBuildToolsInFinalStage,
];
