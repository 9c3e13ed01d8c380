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

export class SettingsCache {
  private readonly perDocument = new Map<string, Promise<Settings>>();
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
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'containerCoach' })
        .then(normalizeSettings, () => this.pushed);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** On didChangeConfiguration: forget pulled settings and keep any pushed ones. */
  changed(pushedSection: unknown): void {
    this.perDocument.clear();
    if (pushedSection !== undefined && pushedSection !== null) this.pushed = normalizeSettings(pushedSection);
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
