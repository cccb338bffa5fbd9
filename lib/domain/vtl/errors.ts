/** Errors a mapping template raises while it renders; the renderer turns them into VtlResult values. */

/** A Java exception inside the template (AWS answers 500, or 400 for an unparseable payload). */
export class VtlRuntimeError extends Error {
  /** The status AWS answers with when it is not the default 500 (e.g. 400 "Could not process payload"). */
  readonly httpStatus: number | undefined;

  constructor(message: string, httpStatus?: number) {
    super(message);
    this.name = "VtlRuntimeError";
    this.httpStatus = httpStatus;
  }
}

/** A guard of ours tripped: output size, time, step budget or nesting depth. */
export class VtlLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VtlLimitError";
  }
}
