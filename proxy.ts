import { NextResponse, type NextRequest } from "next/server";

// Must match SESSION_COOKIE in lib/auth/session.ts (that module is server-only and Node-only, so not imported here).
const SESSION_COOKIE = "portico_session";

/**
 * A convenience for console pages: no session cookie -> straight to /login?next=...
 * It only checks that the cookie exists; pages and routes verify the session themselves (requireUser).
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = "";
  const next = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (next !== "/") url.searchParams.set("next", next);
  return NextResponse.redirect(url);
}

export const config = {
  // Console pages only: not the AWS-compatible APIs (/restapis, /apikeys, /usageplans, Lambda's /2015-03-31), any JSON route (/api: they answer 401 themselves),
  // Next's own assets, the sign-in page, or files with an extension (favicon.ico, robots.txt...).
  matcher: ["/((?!api/|api$|restapis/|restapis$|apikeys/|apikeys$|usageplans/|usageplans$|2015-03-31/|_next/|login|.*\\..*).*)"],
};
