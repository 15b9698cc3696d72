/// <reference types="google-apps-script" />
/** Runs work under the document lock, so two people converting at once cannot interleave writes; always released. */

/** How long to wait for another execution to finish before giving up (Apps Script allows up to 5 minutes here). */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  lock.waitLock(waitMs);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
