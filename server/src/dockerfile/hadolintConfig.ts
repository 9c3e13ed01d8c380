// Reads a team's hadolint configuration (.hadolint.yaml) through the FileProvider, so rules and severities follow the config they already have.
import { parseDocument } from 'yaml';
import { closestMatch } from '../service/didYouMean';
import type { FileProvider } from '../service/files';
import type { Settings, SeveritySetting } from '../service/types';
import { ruleMatches, type RuleMeta } from '../rules/defineRule';

export type HadolintLevel = 'error' | 'warning' | 'info' | 'style';
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];
const LEVELS: readonly HadolintLevel[] = ['error', 'warning', 'info', 'style'];
const THRESHOLDS = ['error', 'warning', 'info', 'style', 'ignore', 'none'];

/** Every top-level key hadolint's config file accepts; other keys are most likely typos (`ignore:` for `ignored:`). */
const KNOWN_KEYS = ['failure-threshold', 'format', 'ignored', 'label-schema', 'no-color', 'no-fail', 'override', 'strict-labels', 'disable-ignore-pragma', 'trustedRegistries', 'verbose'];

/** The names hadolint looks for in a project folder, in its order of preference. */
export const CONFIG_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
/** How many folders, starting with the Dockerfile's own, are searched upwards: enough for any monorepo, bounded for slow file systems. */
export const MAX_CONFIG_LEVELS = 12;

export interface HadolintConfig {
  /** The `file:` URI the configuration was read from. */
  uri: string;
  ignored: string[];
  override: Record<HadolintLevel, string[]>;
  trustedRegistries: string[];
  /** Label name → required value type; an empty map means no schema. */
  labelSchema: Map<string, LabelType>;
  strictLabels: boolean;
  /** Only CI exit codes depend on it: the CLI uses it when no --fail-level is given. */
  failureThreshold?: string;
  /** Turns off hadolint's own `# hadolint ignore=` comments (inline and global); ours and BuildKit's still work. */
  disableIgnorePragma: boolean;
  /** Everything that could not be read, in file order; the valid-hadolint-config rule reports them once. */
  problems: string[];
  /** True when nothing of the file could be used (not YAML, or not a mapping). */
  unreadable: boolean;
}

function emptyConfig(uri: string): HadolintConfig {
  return { uri, ignored: [], override: { error: [], warning: [], info: [], style: [] }, trustedRegistries: [], labelSchema: new Map(), strictLabels: false, disableIgnorePragma: false, problems: [], unreadable: false };
}

/** Parses the text of a hadolint config file. Never throws: what cannot be read becomes a problem and is left out. */
export function parseHadolintConfig(text: string, uri: string): HadolintConfig {
  const config = emptyConfig(uri);
  let value: unknown;
  try {
    const document = parseDocument(text, { uniqueKeys: false });
    const error = document.errors[0];
    if (error) {
      const line = error.linePos?.[0].line;
      config.problems.push(`it is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`);
      config.unreadable = true;
      return config;
    }
    // A small alias bound: a config file never needs many, and a hostile one must not expand without limit.
    value = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    config.problems.push(`it could not be read as YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    config.unreadable = true;
    return config;
  }
  // An empty file (or only comments) is an empty configuration.
  if (value === null || value === undefined) return config;
  if (!isRecord(value)) {
    config.problems.push('it must be a mapping of keys such as "ignored", "override" and "trustedRegistries"');
    config.unreadable = true;
    return config;
  }
  for (const [key, entry] of Object.entries(value)) {
    switch (key) {
      case 'ignored':
        config.ignored = stringList(entry, 'ignored', config.problems);
        break;
      case 'override':
        readOverride(entry, config);
        break;
      case 'trustedRegistries':
        // hadolint accepts one registry as a plain string as well as a list.
        config.trustedRegistries = typeof entry === 'string' ? [entry] : stringList(entry, 'trustedRegistries', config.problems);
        break;
      case 'label-schema':
        readLabelSchema(entry, config);
        break;
      case 'strict-labels':
        config.strictLabels = booleanValue(entry, key, config.problems);
        break;
      case 'disable-ignore-pragma':
        config.disableIgnorePragma = booleanValue(entry, key, config.problems);
        break;
      case 'failure-threshold':
        if (typeof entry === 'string' && THRESHOLDS.includes(entry)) config.failureThreshold = entry;
        else config.problems.push(`"failure-threshold" must be one of ${THRESHOLDS.join(', ')}`);
        break;
      default:
        if (!KNOWN_KEYS.includes(key)) {
          const near = closestMatch(key, KNOWN_KEYS, 3);
          config.problems.push(`hadolint has no key "${key}"${near ? ` (did you mean "${near}"?)` : ''}`);
        }
    }
  }
  return config;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}

function stringList(value: unknown, key: string, problems: string[]): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${key}" must be a list`);
    return [];
  }
  const strings = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  if (strings.length !== value.length) problems.push(`"${key}" must list only names`);
  return strings;
}

function booleanValue(value: unknown, key: string, problems: string[]): boolean {
  if (typeof value === 'boolean') return value;
  problems.push(`"${key}" must be true or false`);
  return false;
}

function readOverride(value: unknown, config: HadolintConfig): void {
  if (value === null || value === undefined) return;
  if (!isRecord(value)) {
    config.problems.push('"override" must map error, warning, info or style to lists of rules');
    return;
  }
  for (const [level, rules] of Object.entries(value)) {
    if (!(LEVELS as readonly string[]).includes(level)) {
      config.problems.push(`"override" has no level "${level}"; use error, warning, info or style`);
      continue;
    }
    config.override[level as HadolintLevel] = stringList(rules, `override.${level}`, config.problems);
  }
}

function readLabelSchema(value: unknown, config: HadolintConfig): void {
  if (value === null || value === undefined) return;
  if (!isRecord(value)) {
    config.problems.push('"label-schema" must map label names to types');
    return;
  }
  for (const [label, type] of Object.entries(value)) {
    if (typeof type === 'string' && (LABEL_TYPES as readonly string[]).includes(type)) config.labelSchema.set(label, type as LabelType);
    else config.problems.push(`label "${label}" has type ${JSON.stringify(type)}; use one of ${LABEL_TYPES.join(', ')}`);
  }
}

/**
 * Finds the config that applies to a document: `.hadolint.yaml` or `.hadolint.yml` in its folder, then in each parent
 * folder (at most MAX_CONFIG_LEVELS, stopping at the root), then the host's global locations. The first one found is used
 * alone, as hadolint does.
 */
export function locateHadolintConfig(documentUri: string, files: FileProvider, globalUris: readonly string[] = []): { uri: string; text: string } | undefined {
  let folder: string | undefined;
  try {
    folder = new URL('.', documentUri).href;
  } catch {
    // Untitled and other non-hierarchical documents have no folder to search.
    folder = undefined;
  }
  for (let level = 0; folder !== undefined && level < MAX_CONFIG_LEVELS; level++) {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = new URL(name, folder).href;
      const text = files.readText(uri);
      if (text !== undefined) return { uri, text };
    }
    const parent = new URL('..', folder).href;
    folder = parent === folder ? undefined : parent;
  }
  for (const uri of globalUris) {
    const text = files.readText(uri);
    if (text !== undefined) return { uri, text };
  }
  return undefined;
}

/**
 * The global config locations hadolint reads when a project has none, as `file:` URIs, most specific first:
 * $XDG_CONFIG_HOME (or %LOCALAPPDATA% on Windows), ~/.config, ~/.hadolint/, ~/. For hosts that have an environment.
 */
export function globalHadolintConfigUris(env: { XDG_CONFIG_HOME?: string; LOCALAPPDATA?: string; HOME?: string; USERPROFILE?: string }): string[] {
  const configHome = env.XDG_CONFIG_HOME || env.LOCALAPPDATA;
  const home = env.HOME || env.USERPROFILE;
  const uris: string[] = [];
  const add = (folder: string | undefined, names: string[]) => {
    if (!folder) return;
    const base = toFolderUri(folder);
    if (!base) return;
    for (const name of names) uris.push(new URL(name, base).href);
  };
  add(configHome, ['hadolint.yaml', 'hadolint.yml']);
  if (home) {
    add(`${home}/.config`, ['hadolint.yaml', 'hadolint.yml']);
    add(`${home}/.hadolint`, ['hadolint.yaml', 'hadolint.yml', 'config.yaml', 'config.yml']);
    add(home, ['.hadolint.yaml', '.hadolint.yml']);
  }
  return [...new Set(uris)];
}

function toFolderUri(path: string): string | undefined {
  const slashed = path.replace(/\\/g, '/');
  const withRoot = /^[A-Za-z]:\//.test(slashed) ? `/${slashed}` : slashed;
  if (!withRoot.startsWith('/')) return undefined;
  try {
    return new URL(`file://${withRoot.split('/').map((part) => (/^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part))).join('/')}/`).href;
  } catch {
    return undefined;
  }
}

/** The failure-threshold of the config that applies to a Dockerfile, for a host that decides exit codes (the CLI). */
export function hadolintFailureThreshold(documentUri: string, files: FileProvider, globalUris: readonly string[] = []): string | undefined {
  const found = locateHadolintConfig(documentUri, files, globalUris);
  return found ? parseHadolintConfig(found.text, found.uri).failureThreshold : undefined;
}

// The config read for each model: a model lives for one version of one document, so the config is read once per version.
const configByModel = new WeakMap<object, HadolintConfig | null>();

/** Finds, reads and remembers the config for a model; later calls for the same model reuse it. */
export function loadHadolintConfig(model: object, documentUri: string, files: FileProvider, globalUris: readonly string[] = []): HadolintConfig | undefined {
  const cached = configByModel.get(model);
  if (cached !== undefined) return cached ?? undefined;
  const found = locateHadolintConfig(documentUri, files, globalUris);
  const config = found ? parseHadolintConfig(found.text, found.uri) : undefined;
  configByModel.set(model, config ?? null);
  return config;
}

/** The config loaded for a model, for the rules that read it (trusted registries, label schema). */
export function hadolintConfigOf(model: object): HadolintConfig | undefined {
  return configByModel.get(model) ?? undefined;
}

const SEVERITY_OF_LEVEL: Record<HadolintLevel, SeveritySetting> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };
const RANK: Record<SeveritySetting, number> = { off: 0, hint: 1, info: 2, warning: 3, error: 4 };

/**
 * Turns the config's `ignored` and `override` into per-rule severities placed under the user's own settings:
 * any setting that names a rule (by id or alias) wins over the config for that rule.
 */
export function withHadolintSeverities(settings: Settings, rules: readonly RuleMeta[], config: HadolintConfig | undefined): Settings {
  if (!config) return settings;
  const wanted = new Map<string, SeveritySetting>();
  for (const level of LEVELS) for (const key of config.override[level]) wanted.set(key, SEVERITY_OF_LEVEL[level]);
  // hadolint drops ignored rules whatever their override says.
  for (const key of config.ignored) wanted.set(key, 'off');
  if (wanted.size === 0) return settings;
  const userKeys = Object.keys(settings.rules);
  const merged: Record<string, SeveritySetting> = { ...settings.rules };
  for (const rule of rules) {
    if (userKeys.some((key) => ruleMatches(rule, key))) continue;
    // Several hadolint codes can name one of our rules (DL3006 and DL3007); the rule keeps running if any of them does.
    let chosen: SeveritySetting | undefined;
    for (const [key, severity] of wanted) {
      if (ruleMatches(rule, key) && (chosen === undefined || RANK[severity] > RANK[chosen])) chosen = severity;
    }
    if (chosen !== undefined) merged[rule.id] = chosen;
  }
  return { ...settings, rules: merged };
}

/** A short, readable name for the config file in messages: its path, not its URI. */
export function configDisplayPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
