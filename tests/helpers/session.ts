// Which user the mocked session cookie belongs to, for server-action tests.
let userId: string | null = null;
let sessionVersion: number | null = null;

/** Acts as a signed-in user; `version` pins the token's session version (default: the current one). */
export function actingAs(id: string | null, version: number | null = null) {
  userId = id;
  sessionVersion = version;
}

export function currentSessionUserId() {
  return userId;
}

export function currentSessionVersion() {
  return sessionVersion;
}
