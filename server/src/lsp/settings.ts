// Reads the `containerCoach` settings through workspace/configuration, caching them per document until they change.
import type { Connection } from 'vscode-languageserver';
import { defaultSettings, type Settings, type SeveritySetting } from '../service';

const LEVELS = new Set<SeveritySetting>(['error', 'warning', 'info', 'hint', 'off']);

/** Turns whatever the client sent into valid Settings, dropping unknown severities instead of trusting them. */
export function normalizeSettings(raw: unknown): Settings {
  const input = (raw ?? {}) as { enable?: unknown; rules?: unknown };
  const rules: Record<string, SeveritySetting> = {};
  if (input.rules && typeof input.rules === 'object') {
    for (const [key, value] of Object.entries(input.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && LEVELS.has(value as SeveritySetting)) rules[key] = value as SeveritySetting;
    }
  }
  return { enable: input.enable !== false, rules };
}

/** Whether two settings objects configure the same checks (rule maps compared key by key). */
export function sameSettings(a: Settings, b: Settings): boolean {
  if (a === b) return true;
  if (a.enable !== b.enable) return false;
  const aRules = Object.entries(a.rules);
  return aRules.length === Object.keys(b.rules).length && aRules.every(([id, level]) => b.rules[id] === level);
}

export class SettingsCache {
  private readonly perDocument = new Map<string, Promise<Settings>>();
  /** Answers already received, by document, for callers that cannot wait. */
  private readonly resolved = new Map<string, Settings>();
  /** The most recent answer for any document: the best guess for a document not asked about yet. */
  private newest?: Settings;
  /** Settings pushed by didChangeConfiguration, for clients that cannot answer workspace/configuration. */
  private pushed: Settings = defaultSettings;

  constructor(
    private readonly connection: Connection,
    private canPull: boolean,
  ) {}

  setCanPull(canPull: boolean): void {
    this.canPull = canPull;
  }

  get(uri: string): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      const asked = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'containerCoach' })
        .then(normalizeSettings, () => this.pushed)
        .then((answer) => {
          // A change or close while the request was out makes this answer stale: keep it out of the caches.
          if (this.perDocument.get(uri) === asked) {
            this.resolved.set(uri, answer);
            this.newest = answer;
          }
          return answer;
        });
      this.perDocument.set(uri, (settings = asked));
    }
    return settings;
  }

  /** The settings already received for this document, without waiting. */
  cached(uri: string): Settings | undefined {
    return this.canPull ? this.resolved.get(uri) : this.pushed;
  }

  /** The most recent settings received for any document, or undefined before the first answer. */
  latest(): Settings | undefined {
    return this.canPull ? this.newest : this.pushed;
  }

  /** On didChangeConfiguration: forget pulled settings and keep any pushed ones. */
  changed(pushedSection: unknown): void {
    this.perDocument.clear();
    this.resolved.clear();
    this.newest = undefined;
    if (pushedSection !== undefined && pushedSection !== null) this.pushed = normalizeSettings(pushedSection);
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
    this.resolved.delete(uri);
  }
}
