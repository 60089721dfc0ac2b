import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { passwordLogin } from "@/lib/auth/password-login";
import { makeTenant, TEST_PASSWORD, type Tenant } from "../factories";

let a: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
});

it("counts guesses sent in parallel: a burst of 12 gets at most 5 checked, then even the right password waits", async () => {
  const email = a.users.staff.email;
  const results = await Promise.all(
    Array.from({ length: 12 }, (_, i) => passwordLogin({ email, password: `doan-sai-${i}` }, { address: "10.7.7.7" })),
  );
  expect(results.filter((r) => !r.ok && r.error === "INVALID").length).toBeLessThanOrEqual(5);
  expect(results.filter((r) => !r.ok && r.error === "THROTTLED").length).toBeGreaterThanOrEqual(7);
  expect(await passwordLogin({ email, password: TEST_PASSWORD }, { address: "10.7.7.7" })).toMatchObject({
    ok: false,
    error: "THROTTLED",
  });
  expect(await passwordLogin({ email, password: TEST_PASSWORD }, { address: "10.7.7.8" })).toMatchObject({ ok: true });
});
