import { describeStorageError } from '@/utils/agreements/storage-errors';
import { SaveRefused } from './store';

/** How a section reports back to the page: a confirmation, a storage error in words, or an undo offer. */
export interface Notify {
  /** Runs a write; on success shows `done` (if given), on failure the storage error. Resolves to whether it worked. */
  run(write: () => Promise<unknown>, done?: string): Promise<boolean>;
  undoable(message: string, undo: () => Promise<void>): void;
}

export type Notice =
  | { tone: 'ok'; text: string; undo?: () => Promise<void> }
  | { tone: 'error'; text: string };

export function createNotify(show: (notice: Notice | null) => void): Notify {
  return {
    async run(write, done) {
      try {
        await write();
        if (done) show({ tone: 'ok', text: done });
        return true;
      } catch (error) {
        show({ tone: 'error', text: error instanceof SaveRefused ? error.message : describeStorageError(error).message });
        return false;
      }
    },
    undoable(message, undo) {
      show({ tone: 'ok', text: message, undo });
    },
  };
}
