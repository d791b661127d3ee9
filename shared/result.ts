// Errors cross process boundaries as values: a code for programs and a
// Chinese message for the clerk saying what happened and what to do.

export interface AppError {
  code: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** An error thrown with a message meant for the clerk. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
