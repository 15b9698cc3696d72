/** The errors the strict Excel fake raises, with the codes and message texts the real Office.js uses. */

/** Shaped like OfficeExtension.Error: callers branch on `code`, people read `message`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const propertyNotLoaded = (property: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const invalidArgument = (detail: string): FakeOfficeError =>
  new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${detail}`);

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. ${what}`);

export const itemAlreadyExists = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists. ${what}`);
