/** The service's one error type: a stable code, and whether trying again may help. */
export class IntakeError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'IntakeError';
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}
