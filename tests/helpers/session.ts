// Which user the mocked session cookie belongs to, for server-action tests.
let userId: string | null = null;
let sessionVersion: number | null = null;
let sessionId: string | null = null;

/**
 * Acts as a signed-in user; `version` pins the token's session version (default: the current
 * one), `session` the server-side session the token names (default: a live one made for it).
 */
export function actingAs(id: string | null, version: number | null = null, session: string | null = null) {
  userId = id;
  sessionVersion = version;
  sessionId = session;
}

/** Runs `call` signed in as `id`, signed out again after it. */
export async function as<T>(id: string, call: () => Promise<T>): Promise<T> {
  actingAs(id);
  try {
    return await call();
  } finally {
    actingAs(null);
  }
}

export function currentSessionId() {
  return sessionId;
}

export function currentSessionUserId() {
  return userId;
}

export function currentSessionVersion() {
  return sessionVersion;
}
