/**
 * The name the change log records for what is done in this pane. Office.js does not tell an add-in who the user
 * is (only single sign-on with an Azure app would), so people give their name once; it stays on this computer.
 */
const KEY = "nmirf.userName";

export interface NameStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function userName(store: NameStore | null, fallback: string): { get(): string; set(name: string): void } {
  return {
    get: () => {
      try {
        return store?.getItem(KEY)?.trim() || fallback;
      } catch {
        return fallback; // storage refused (private mode, policy): the log says the fallback
      }
    },
    set: (name) => {
      try {
        store?.setItem(KEY, name.trim());
      } catch {
        // kept for this session only: the pane still works
      }
    },
  };
}
