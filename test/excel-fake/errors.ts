/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", a `code`, `debugInfo` with the
 * failing statement's location), so the gateway's error mapping sees what it would see in Excel.
 */
export class FakeOfficeError extends Error implements Pick<OfficeExtension.Error, "code" | "message" | "debugInfo" | "traceMessages"> {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = {
      code,
      message,
      ...(errorLocation ? { errorLocation } : {}),
    };
  }
}

/** Excel's messages for the codes the fake raises (en-US), so error text looks like the real thing. */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  NotModelled: "{0}",
};

export function officeError(code: string, location?: string, detail?: string): FakeOfficeError {
  const template = MESSAGES[code] ?? code;
  const message = template.includes("{0}") ? template.replace("{0}", detail ?? location ?? "") : detail ? `${template} (${detail})` : template;
  return new FakeOfficeError(code, message, location);
}

/**
 * Raised when gateway code leans on an Excel behaviour the fake does not model. It fails the test
 * loudly instead of letting the fake guess.
 */
export function notModelled(what: string): FakeOfficeError {
  return officeError("NotModelled", undefined, `fake: ${what} is not modelled`);
}
