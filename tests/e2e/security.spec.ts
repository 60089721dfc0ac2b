// Attacks on the running server that the hardening issue found (findings 1, 3, 9, 10) and the
// headers SECURITY.md #15 promises: each of these failed on the build before the fix.
import { spawn } from "node:child_process";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

/** A new account made by the Đà Nẵng admin through the accounts page, with its one-time password. */
async function newAccount(page: Page) {
  await loginAndWait(page, "khoi.danang@demo.vn", /\/khoi$/);
  await openPage(page, "/khoi/tai-khoan");
  const email = `thu-${Date.now()}@example.vn`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Họ và tên").fill("Tài khoản thử");
  const unit = page.getByLabel("Đơn vị").first();
  await unit.selectOption({ index: 1 });
  await page.getByLabel("Vai trò").first().selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const password = await page.getByRole("status").locator("code").textContent();
  return { email, password: password!.trim() };
}

/** One sign-in through next-auth's own endpoint, as the sign-in form makes it; the error it reports. */
async function signIn(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true", callbackUrl: "/" },
    headers,
  });
  const url = new URL((await response.json()).url);
  return url.searchParams.get("error") ?? "ok";
}

test("X-Forwarded-For written by the client does not dodge the login throttle (finding 1)", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { email, password } = await newAccount(page);
  const attacker = await playwright.request.newContext({ baseURL });
  const outcomes = [];
  for (let i = 0; i < 12; i++)
    outcomes.push(await signIn(attacker, email, `doan-sai-${i}`, { "X-Forwarded-For": `203.0.113.${i + 1}` }));
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
  expect(outcomes.slice(5).every((o) => o.startsWith("THROTTLED"))).toBe(true);
  // The right password with yet another forged address: still throttled.
  expect(await signIn(attacker, email, password, { "X-Forwarded-For": "198.51.100.99" })).toMatch(/^THROTTLED/);
  await attacker.dispose();
});

test("a session cookie saved before sign-out opens nothing after it (finding 3)", async ({ page, context, browser }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  const saved = (await context.cookies()).filter((c) => c.name.includes("next-auth.session-token"));
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);

  const replay = await browser.newContext();
  await replay.addCookies(saved);
  const replayed = await replay.newPage();
  await replayed.goto("/khoi");
  await expect(replayed).toHaveURL(/\/dang-nhap/);
  // Asking next-auth to refresh the saved cookie gives no session either.
  expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
  await replay.close();
});

test("sign-out lands on the sign-in page of the port the portal is served on (finding 9)", async ({ page, baseURL }) => {
  await loginAndWait(page, "chidoan@demo.vn", /\/co-so$/);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(`${baseURL}/dang-nhap`);
});

test("records another tenant owns, malformed ids and unknown pages answer 404 (finding 10)", async ({ browser }) => {
  const dn = await browser.newPage();
  await loginAndWait(dn, "khoi.danang@demo.vn", /\/khoi$/);
  await openPage(dn, "/ke-hoach");
  const danangPlan = await dn.locator('a[href^="/ke-hoach/"]').filter({ hasNotText: /Tạo/ }).first().getAttribute("href");
  expect(danangPlan).toMatch(/^\/ke-hoach\/[0-9a-f-]{36}$/);

  const hcm = await browser.newPage();
  await loginAndWait(hcm, "khoi@demo.vn", /\/khoi$/);
  for (const target of [
    danangPlan!,
    `${danangPlan}/sua`,
    "/ke-hoach/khong-phai-uuid",
    "/cong-trinh/00000000-0000-4000-8000-000000000000",
    "/bang-dieu-khien/co-so/00000000-0000-4000-8000-000000000000",
    "/trang-khong-co",
  ]) {
    const response = await hcm.goto(target);
    expect(response?.status(), target).toBe(404);
    await expect(hcm.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
  }
  // Signed out, an unknown page is a 404 too.
  expect((await dn.request.get("/trang-khong-co", { headers: { cookie: "" } })).status()).toBe(404);
});

test("scripts run by per-request nonce only, and HSTS is not claimed over plain http", async ({ request }) => {
  const [first, second] = [
    await request.get("/dang-nhap"),
    await request.get("/dang-nhap", { headers: { "X-Forwarded-Proto": "https" } }),
  ];
  const csp = first.headers()["content-security-policy"];
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(csp).toContain("object-src 'none'");
  const nonce = (h: string) => h.match(/'nonce-([^']+)'/)![1];
  expect(nonce(second.headers()["content-security-policy"])).not.toBe(nonce(csp));
  // The page's scripts carry this response's nonce.
  expect(await first.text()).toContain(`nonce="${nonce(csp)}"`);
  // A client claiming https through a header it wrote is not believed.
  expect(second.headers()["strict-transport-security"]).toBeUndefined();
});

test("a server told its public URL is https sends HSTS, decided when it starts, not when it was built (finding 9)", async () => {
  const root = path.resolve(__dirname, "../..");
  const port = 3190 + Math.floor(Math.random() * 9);
  // The same build, started again with another configuration (and an empty database folder: the
  // sign-in page needs none).
  const server = spawn("node", ["lib/server/start.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      NEXTAUTH_URL: "https://cong.example.vn",
      TRUST_PROXY: "loopback",
      PGLITE_DIR: ".data/e2e/hsts-pglite",
    },
    stdio: "ignore",
  });
  try {
    let response: Response | undefined;
    for (let i = 0; i < 60 && !response; i++) {
      response = await fetch(`http://127.0.0.1:${port}/dang-nhap`).catch(() => undefined);
      if (!response) await new Promise((r) => setTimeout(r, 500));
    }
    expect(response?.headers.get("strict-transport-security")).toContain("max-age=");
    expect(response?.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  } finally {
    server.kill("SIGTERM");
  }
});
