// The language service's public surface: everything the LSP adapter, the CLI and the tests may import.
export { createLanguageService, SOURCE, type LanguageService, type LanguageServiceOptions } from './languageService';
export { languageOfFileName } from './documentKind';
export * from './types';
export type { RuleMeta, Alias, PeerTool } from '../rules/defineRule';
export { ruleDocUrl, topic, topicIds } from '../content';
export { noFiles, siblingUri, type FileProvider, type BuildContext } from './files';
export { globalHadolintConfigUris, hadolintFailureThreshold } from '../dockerfile/hadolintConfig';
