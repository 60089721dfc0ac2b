// Which user the mocked session cookie belongs to, for server-action tests.
let userId: string | null = null;

export function actingAs(id: string | null) {
  userId = id;
}

export function currentSessionUserId() {
  return userId;
}
