/** The console's browser-side HTTP helper: JSON in, JSON out, `{ error: { code, message } }` turned into ApiError. */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

function readError(status: number, body: unknown): ApiError {
  if (body && typeof body === "object" && "error" in body) {
    const error = (body as { error: { code?: unknown; message?: unknown } }).error;
    if (error && typeof error.message === "string") {
      return new ApiError(status, typeof error.code === "string" ? error.code : "Error", error.message);
    }
  }
  return new ApiError(status, "Error", `The server answered ${status}.`);
}

export async function fetchJson<T>(url: string, init: { method?: Method; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
    credentials: "same-origin",
    cache: "no-store",
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    // The session ran out while the page was open: go to sign-in rather than showing errors everywhere.
    if (response.status === 401 && typeof window !== "undefined" && !url.endsWith("/session")) {
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops the expired session's cached queries
      window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
    }
    throw readError(response.status, body);
  }
  return body as T;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
