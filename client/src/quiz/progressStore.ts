// Spaced-repetition progress kept in the extension's global state under a versioned key, so it follows the user across workspaces.
import type * as vscode from 'vscode';
import { dueIds, emptySrs, migrateSrs, review, type SrsState } from './logic/leitner';

export const PROGRESS_KEY = 'containerCoach.quiz.progress';

export class ProgressStore {
  constructor(private readonly memento: vscode.Memento & { setKeysForSync?(keys: readonly string[]): void }) {
    // Progress is small and personal: let Settings Sync carry it between machines.
    memento.setKeysForSync?.([PROGRESS_KEY]);
  }

  load(): SrsState {
    return migrateSrs(this.memento.get<unknown>(PROGRESS_KEY));
  }

  async record(questionId: string, correct: boolean, now = Date.now()): Promise<SrsState> {
    const next = review(this.load(), questionId, correct, now);
    await this.memento.update(PROGRESS_KEY, next);
    return next;
  }

  dueCount(ids: readonly string[], now = Date.now()): number {
    return dueIds(this.load(), ids, now).length;
  }

  async reset(): Promise<void> {
    await this.memento.update(PROGRESS_KEY, emptySrs());
  }
}
