// Signing in to a running server the way the sign-in form does (Auth.js credentials), for the
// benchmarks that fetch signed-in pages: returns the cookie header of the new session.
export async function signIn(base, email, password = process.env.PASSWORD ?? "Demo@2026") {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookie = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  if (!/session-token=/.test(cookie)) throw new Error(`${email}: sign-in failed (${res.status})`);
  return cookie;
}
