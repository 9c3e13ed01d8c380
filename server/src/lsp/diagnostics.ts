// Publishes diagnostics on open and change with a short debounce, dropping runs whose document changed meanwhile.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, Settings } from '../service';
import { sameSettings, type SettingsCache } from './settings';

/** Delay after a keystroke before validating: long enough to coalesce typing, short enough to feel instant. */
export const CHANGE_DEBOUNCE_MS = 75;

export class DiagnosticsScheduler {
  /** Pending runs by document: the function cancels the timer or immediate that would start it. */
  private readonly pending = new Map<string, () => void>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly settings: SettingsCache,
  ) {}

  /** Schedules a run; a newer call for the same document cancels the pending one. */
  schedule(uri: string, delay = CHANGE_DEBOUNCE_MS): void {
    this.pending.get(uri)?.();
    const start = () => {
      this.pending.delete(uri);
      void this.run(uri);
    };
    // setTimeout(…, 0) waits at least a millisecond; a file just opened is checked on the next turn instead.
    if (delay === 0) {
      const immediate = setImmediate(start);
      this.pending.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(start, delay);
      this.pending.set(uri, () => clearTimeout(timer));
    }
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** Cancels pending work and removes the document's diagnostics from the client. */
  clear(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    const before = this.documents.get(uri);
    if (!before) return;
    const pulled = this.settings.get(uri);
    // A newly opened file waits for a settings round trip with the client. Meanwhile it is checked with the settings
    // the client gave last, which nearly always match, and checked again only if the answer differs.
    const guess = this.settings.cached(uri) ?? this.settings.latest();
    const early = guess && this.validate(before, guess);
    const settings = await pulled;
    // The document may have changed or closed while settings were read: a newer run owns it then.
    const document = this.documents.get(uri);
    if (!document || document.version !== before.version || this.pending.has(uri)) return;
    const diagnostics = early && sameSettings(guess, settings) ? early : this.validate(document, settings);
    if (diagnostics) await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /** Validates, logging instead of throwing: one broken check must not stop the server. */
  private validate(document: TextDocument, settings: Settings): Diagnostic[] | undefined {
    try {
      return this.service.validate(document, settings);
    } catch (error) {
      this.connection.console.error(`Container Coach could not check ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
  }
}
