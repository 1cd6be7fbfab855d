import type { z } from 'zod/mini';

/** Base of every error the API client rejects with. */
export abstract class ApiError extends Error {
  abstract readonly kind: 'http' | 'network' | 'timeout' | 'shape' | 'mismatch';
  /** The path that was requested, e.g. `/api/trade`. */
  readonly endpoint: string;

  protected constructor(
    endpoint: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.endpoint = endpoint;
    this.name = new.target.name;
  }

  /** Whether trying again may help: network trouble and 5xx, never 4xx or shape errors. */
  get retryable(): boolean {
    return false;
  }
}

/** The server answered with a non-2xx status. */
export class HttpError extends ApiError {
  readonly kind = 'http';
  readonly status: number;
  readonly code: string | null;

  constructor(
    endpoint: string,
    status: number,
    code: string | null,
    detail: string | null,
  ) {
    super(
      endpoint,
      `${endpoint} answered HTTP ${String(status)}${code ? ` (${code})` : ''}${detail ? `: ${detail}` : ''}`,
    );
    this.status = status;
    this.code = code;
  }

  override get retryable(): boolean {
    return this.status >= 500;
  }
}

/** The request never got an answer (offline, refused, DNS). */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  constructor(endpoint: string, cause: unknown) {
    super(endpoint, `${endpoint} could not be reached`, { cause });
  }
  override get retryable(): boolean {
    return true;
  }
}

/** The server took longer than the client's time limit. */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  readonly timeoutMs: number;
  constructor(endpoint: string, timeoutMs: number) {
    super(
      endpoint,
      `${endpoint} did not answer within ${String(timeoutMs)} ms`,
    );
    this.timeoutMs = timeoutMs;
  }
  override get retryable(): boolean {
    return true;
  }
}

/** The body was not JSON, or did not match the contract. */
export class ResponseShapeError extends ApiError {
  readonly kind = 'shape';
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(
    endpoint: string,
    detail: string,
    issues: readonly z.core.$ZodIssue[] = [],
  ) {
    super(endpoint, `${endpoint} sent an unexpected response: ${detail}`);
    this.issues = issues;
  }
}

/** Where an answer does not fit its question, and how (see `answer-checks.ts`). */
export type Mismatch = {
  /** The field's path in the answer, e.g. `current.points[3].month`. */
  field: string;
  /** What is wrong with it, in English, for the log and the details line. */
  problem: string;
};

/**
 * The answer parsed, but does not fit the request: rows that were not asked
 * for, duplicate keys, values no trade can have. Never drawn; not retried
 * automatically (the same server would send the same answer).
 */
export class AnswerMismatchError extends ApiError {
  readonly kind = 'mismatch';
  readonly mismatches: readonly Mismatch[];
  constructor(endpoint: string, mismatches: readonly Mismatch[]) {
    const first = mismatches[0];
    super(
      endpoint,
      `${endpoint} sent data that does not match the request: ${first ? `${first.field}: ${first.problem}` : 'no detail'}${mismatches.length > 1 ? ` (and ${String(mismatches.length - 1)} more)` : ''}`,
    );
    this.mismatches = mismatches;
  }
  /** The first field at fault: what the panel names. */
  get field(): string {
    return this.mismatches[0]?.field ?? '';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
