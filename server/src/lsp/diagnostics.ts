// Publishes diagnostics on open and change with a short debounce, dropping runs whose document changed meanwhile.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service';
import type { SettingsCache } from './settings';

/** Delay after a keystroke before validating: long enough to coalesce typing, short enough to feel instant. */
export const CHANGE_DEBOUNCE_MS = 75;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly settings: SettingsCache,
  ) {}

  /** Schedules a run; a newer call for the same document cancels the pending one. */
  schedule(uri: string, delay = CHANGE_DEBOUNCE_MS): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri);
      }, delay),
    );
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  /** Cancels pending work and removes the document's diagnostics from the client. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    const before = this.documents.get(uri);
    if (!before) return;
    const settings = await this.settings.get(uri);
    // The document may have changed or closed while settings were read: a newer run owns it then.
    const document = this.documents.get(uri);
    if (!document || document.version !== before.version || this.timers.has(uri)) return;
    let diagnostics;
    try {
      diagnostics = this.service.validate(document, settings);
    } catch (error) {
      this.connection.console.error(`Container Coach could not check ${uri}: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }
}
