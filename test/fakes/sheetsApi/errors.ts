/** Error bodies shaped like the Sheets API's (google.rpc.Status inside "error"), thrown by handlers. */

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }

  body(): unknown {
    return { error: { code: this.code, message: this.message, status: this.status } };
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, "INVALID_ARGUMENT", message);
export const notFound = (): ApiError => new ApiError(404, "NOT_FOUND", "Requested entity was not found.");

export function quotaBody(): unknown {
  return {
    error: {
      code: 429,
      message:
        "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:0'.",
      status: "RESOURCE_EXHAUSTED",
      details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "RATE_LIMIT_EXCEEDED", domain: "googleapis.com", metadata: { service: "sheets.googleapis.com", quota_limit: "WriteRequestsPerMinutePerUser" } }],
    },
  };
}

export const serverErrorBody = (): unknown => ({ error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } });
