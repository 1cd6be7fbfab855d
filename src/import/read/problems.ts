import type { Problem } from '../types';

/** Returns the problem for a file that cannot be read, with a short English reason. */
export function unreadable(reason: string): Problem {
  return { row: null, column: null, code: 'unreadable', values: { reason } };
}

/** Returns the problem for a file with nothing in it. */
export function empty(): Problem {
  return { row: null, column: null, code: 'empty', values: {} };
}

/** Returns a short English reason for a caught value, never throwing itself. */
export function reasonOf(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text || 'unknown';
  } catch {
    return 'unknown';
  }
}
