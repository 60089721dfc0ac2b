// What an audit row keeps of a change: only the changed fields, plain JSON, no secrets, cut short.
import { describe, expect, it } from "vitest";
import { AUDIT_VALUE_MAX, auditFields, auditValue, changedFields, selectOf } from "@/lib/domain/audit-diff";

describe("changedFields", () => {
  it("keeps only the fields whose value changed, before → after", () => {
    const before = { subject: "Cũ", number: "12-KH", startYear: 2026 };
    const after = { subject: "Mới", number: "12-KH", startYear: 2026 };
    expect(changedFields(before, after)).toEqual({ before: { subject: "Cũ" }, after: { subject: "Mới" } });
  });

  it("compares dates by instant and JSON by content, whatever the key order jsonb gives back", () => {
    const before = { startsOn: new Date("2026-03-05T00:00:00Z"), sections: [{ body: "x", heading: "I" }] };
    const after = { startsOn: new Date("2026-03-05T00:00:00Z"), sections: [{ heading: "I", body: "x" }] };
    expect(changedFields(before, after)).toEqual({ before: {}, after: {} });
    expect(changedFields(before, { ...after, startsOn: new Date("2026-03-06T00:00:00Z") })).toEqual({
      before: { startsOn: "2026-03-05T00:00:00.000Z" },
      after: { startsOn: "2026-03-06T00:00:00.000Z" },
    });
  });

  it("treats a missing before (a new value) as null", () => {
    expect(changedFields(null, { people: 20 })).toEqual({ before: { people: null }, after: { people: 20 } });
  });

  it("never keeps a password, a hash, a secret or a token, even when the caller passes one", () => {
    const diff = changedFields({ passwordHash: "$argon2id$old" }, { passwordHash: "$argon2id$new", name: "A" });
    expect(JSON.stringify(diff)).not.toContain("argon2");
    expect(auditFields({ email: "a@b.vn", newPassword: "x", sessionToken: "t", nested: { apiSecret: "s", ok: 1 } })).toEqual({
      email: "a@b.vn",
      nested: { ok: 1 },
    });
  });

  it("cuts long values, but still sees a change past the cut", () => {
    const long = "a".repeat(AUDIT_VALUE_MAX + 100);
    const diff = changedFields({ body: long }, { body: `${long}b` });
    expect(diff.after.body).toHaveLength(AUDIT_VALUE_MAX + 1);
    expect(String(diff.after.body).endsWith("…")).toBe(true);
    expect(typeof auditValue([{ heading: "I", body: long }])).toBe("string");
  });
});

describe("selectOf", () => {
  it("selects exactly the keys an update writes", () => {
    expect(selectOf({ name: "x", startsOn: null })).toEqual({ name: true, startsOn: true });
  });
});
