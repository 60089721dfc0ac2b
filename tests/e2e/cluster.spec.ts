// Two app servers behind HAProxy on one PostgreSQL primary with a streaming replica (issue 19),
// each a real process of this build: a session made on one is good on the other and ends on
// both, an evidence file sent to one is downloaded from the other (both keep files in the object
// store), the login throttle counts the guesses either server took, a form that reaches both
// servers at once saves once, whoever saves sees it at once while the replica lags, a server that
// goes away is taken out of rotation while the other serves every page, and outages of the
// database or of every server answer with the Vietnamese outage page.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { DEMO_PASSWORD, PDF, vnDate } from "./helpers";
import { startCluster, type Cluster } from "../cluster/cluster";
import { s3Client } from "../helpers/object-store";
import { freePort } from "../helpers/pg-cluster";

let cluster: Cluster;
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-cluster-"));
  // Three free ports in a row are likely after a free one; the start fails loudly if not.
  cluster = await startCluster({
    dir,
    servers: 2,
    proxyPort: await freePort(),
    durable: false,
    replica: true,
    // Long enough that the replica, paused below, is still read while the test looks.
    maxLagMs: 60_000,
  });
});

test.afterAll(async () => {
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signIn(page: Page, base: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}/dang-nhap`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test("a session made on one server is good on the other, through the proxy, and signing out on one ends it on both", async ({
  page,
}) => {
  const [one, two] = cluster.servers;
  await signIn(page, one.url, "khoi@demo.vn");
  await expect(page).toHaveURL(`${one.url}/khoi`, { timeout: 15_000 });

  // Cookies belong to the host, not the port: the same browser, on the other server.
  await page.goto(`${two.url}/bang-dieu-khien`);
  await expect(page.getByRole("heading", { name: /Bảng điều khiển/ })).toBeVisible();

  // Through HAProxy, consecutive pages are served by both servers, all signed in. Round robin
  // alternates, but a check answered late on a busy machine may hold a server out for a moment.
  const servedBy = new Set<string>();
  for (let i = 0; i < 12 && servedBy.size < 2; i++) {
    const response = await page.goto(`${cluster.proxyUrl}/khoi`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${cluster.proxyUrl}/khoi`);
    servedBy.add((await response?.headerValue("x-served-by")) ?? "");
  }
  expect([...servedBy].sort()).toEqual(["app1", "app2"]);

  // Signing out on the second server ends the session the first one made.
  await page.goto(`${two.url}/khoi`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(`${two.url}/dang-nhap`);
  const leftover = await page.context().cookies(one.url);
  expect(leftover.some((c) => /session-token/.test(c.name))).toBe(false);
  await page.goto(`${one.url}/khoi`);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("an evidence file sent to one server is downloaded from the other: it is in the object store, on no server's disk", async ({
  page,
}) => {
  const [one, two] = cluster.servers;
  await signIn(page, one.url, "doanvien@demo.vn");
  await expect(page).toHaveURL(`${one.url}/ca-nhan`, { timeout: 15_000 });
  await page.goto(`${one.url}/ghi-nhan/moi?loai=hoc-tap`);
  await page.waitForLoadState("networkidle");
  const course = `Lớp kỹ năng số ${Date.now()}`;
  await page.getByLabel("Tên khóa học, lớp").fill(course);
  await page.getByLabel("Loại học tập, bồi dưỡng").selectOption({ label: "Ngoại ngữ" });
  await page.getByLabel("Đơn vị tổ chức, đào tạo").fill("Trung tâm Ngoại ngữ Đại học Sài Gòn");
  await page.getByLabel("Ngày bắt đầu").fill(vnDate(-30));
  await page.getByLabel("Ngày kết thúc").fill(vnDate(-2));
  await page.getByRole("button", { name: "Gửi ghi nhận" }).click();
  await expect(page).toHaveURL(new RegExp(`^${one.url}/ghi-nhan/[0-9a-f-]{36}`));
  const entryPath = new URL(page.url()).pathname;
  await page.getByLabel("Chọn tệp minh chứng").setInputFiles({ name: "Chứng chỉ.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByTestId("evidence-files").getByRole("link", { name: "Chứng chỉ.pdf" })).toBeVisible();

  // The other server, same browser: the file is listed and comes down byte for byte.
  await page.goto(`${two.url}${entryPath}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("evidence-files").getByRole("link", { name: "Chứng chỉ.pdf" }).click(),
  ]);
  expect(fs.readFileSync((await download.path())!).equals(PDF)).toBe(true);

  // It is an object in the bucket, and no server wrote it to the folder they were also given.
  const s3 = s3Client(cluster.objects);
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: "evidence" }));
  s3.destroy();
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT "storageKey" FROM "EvidenceFile" WHERE "fileName" = $1`, ["Chứng chỉ.pdf"]);
  await client.end();
  expect(rows).toHaveLength(1);
  expect(listed.Contents?.map((o) => o.Key)).toContain(rows[0].storageKey);
  expect(fs.readdirSync(path.join(dir, "files"))).toEqual([]);
});

test("the login throttle counts wrong passwords whichever server took them", async ({ page }) => {
  const [one, two] = cluster.servers;
  // Five wrong passwords for one account from one place, alternately on each server…
  for (let i = 0; i < 5; i++) {
    await signIn(page, (i % 2 ? two : one).url, "chidoan@demo.vn", `Sai-mat-khau-${i}`);
    await expect(page.getByText("Email hoặc mật khẩu không đúng")).toBeVisible({ timeout: 15_000 });
  }
  // …and the right one is refused on either: each server saw only two or three.
  for (const server of [one, two]) {
    await signIn(page, server.url, "chidoan@demo.vn");
    await expect(page.getByText(/Bạn đã nhập sai quá nhiều lần/)).toBeVisible({ timeout: 15_000 });
  }
});

test("a form that reaches both servers at once saves one record", async ({ page }) => {
  const [one, two] = cluster.servers;
  await signIn(page, one.url, "coso@demo.vn");
  await expect(page).toHaveURL(`${one.url}/co-so`, { timeout: 15_000 });
  await page.goto(`${one.url}/doan-vien/moi`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Họ và tên").fill("Trần Thị Hai Máy");
  await page.getByLabel("Chi đoàn").selectOption({ index: 1 });

  // The form's request, sent as it is to each server at the same moment (the same key, cookie
  // and body; the origin of the server it goes to, as a proxy in front of both would make it).
  const answered: number[] = [];
  await page.route("**/doan-vien/moi", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const sends = [one, two].map((server) =>
      route.fetch({ url: `${server.url}/doan-vien/moi`, headers: { ...route.request().headers(), origin: server.url } }),
    );
    const responses = await Promise.all(sends);
    answered.push(...responses.map((r) => r.status()));
    await route.fulfill({ response: responses[0] });
  });
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu hồ sơ đoàn viên.")).toBeVisible();
  expect(answered).toEqual([200, 200]);

  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Member" WHERE "fullName" = $1`, ["Trần Thị Hai Máy"]);
    expect(rows[0].n).toBe(1);
  } finally {
    await client.end();
  }
});

test("with the replica behind, whoever saves sees it on their next page at once, and others once the replica has it", async ({
  page,
  browser,
}) => {
  const other = await browser.newPage();
  await signIn(other, cluster.proxyUrl, "khoi@demo.vn");
  await expect(other).toHaveURL(`${cluster.proxyUrl}/khoi`, { timeout: 15_000 });
  await signIn(page, cluster.proxyUrl, "coso@demo.vn");
  await expect(page).toHaveURL(`${cluster.proxyUrl}/co-so`, { timeout: 15_000 });

  const primary = new pg.Client({ connectionString: cluster.databaseUrl });
  const standby = new pg.Client({ connectionString: cluster.replicaUrl! });
  await Promise.all([primary.connect(), standby.connect()]);
  const lsn = async (client: pg.Client, sql: string) => (await client.query(sql)).rows[0].lsn as string;
  // Both sign-ins replayed, then replay held: from here the replica lacks every new write.
  const signedIn = await lsn(primary, "SELECT pg_current_wal_insert_lsn()::text AS lsn");
  await expect
    .poll(async () => (await standby.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [signedIn])).rows[0].ok)
    .toBe(true);
  await standby.query("SELECT pg_wal_replay_pause()");
  const name = "Phạm Thị Đọc Ngay";
  const search = `${cluster.proxyUrl}/doan-vien?q=pham thi doc ngay`;
  try {
    await page.goto(`${cluster.proxyUrl}/doan-vien/moi`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Họ và tên").fill(name);
    await page.getByLabel("Chi đoàn").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByText("Đã lưu hồ sơ đoàn viên.")).toBeVisible();
    expect((await page.context().cookies()).some((c) => c.name === "portal_wal")).toBe(true);

    await page.goto(search);
    await expect(page.getByRole("link", { name })).toHaveCount(1);
    await other.goto(search);
    await expect(other.getByText("Không có đoàn viên nào khớp bộ lọc")).toBeVisible();
    await expect(other.getByRole("link", { name })).toHaveCount(0);
  } finally {
    await standby.query("SELECT pg_wal_replay_resume()");
  }
  await expect
    .poll(async () => {
      await other.goto(search);
      return other.getByRole("link", { name }).count();
    })
    .toBe(1);
  await Promise.all([primary.end(), standby.end()]);
  await other.close();
});

test("a server that stops is taken out of rotation, and comes back when it starts again", async ({ request }) => {
  const [, two] = cluster.servers;
  const servedBy = async (n: number) => {
    const seen: string[] = [];
    for (let i = 0; i < n; i++) {
      const response = await request.get(`${cluster.proxyUrl}/dang-nhap`);
      expect(response.status()).toBe(200);
      seen.push(response.headers()["x-served-by"]);
    }
    return seen;
  };
  await two.stop();
  // At once, before the checks have seen it (three failed checks, about 3 s): a request that
  // cannot reach the stopped server is sent to the other, so no page fails.
  expect(new Set(await servedBy(6))).toEqual(new Set(["app1"]));

  await two.start();
  await expect.poll(async () => new Set(await servedBy(4)).size, { timeout: 15_000 }).toBe(2);
});

test("with PostgreSQL stopped, every page through the proxy is the Vietnamese outage page, and the set serves again when it is back", async ({
  request,
}) => {
  const page = async () => {
    const response = await request.get(`${cluster.proxyUrl}/dang-nhap`, { timeout: 5_000 });
    return { status: response.status(), body: await response.text() };
  };
  cluster.pg.stop();
  // No server is ready now, so HAProxy sends pages to the live ones, which say why themselves. Each
  // server finds out at its next look (every 2 s; the sign-in page itself reads no data), so
  // wait until consecutive pages, from both, are the outage page.
  const outage = (p: { status: number; body: string }) =>
    p.status === 503 && p.body.includes("Hệ thống đang gián đoạn") && p.body.includes("không kết nối được cơ sở dữ liệu");
  await expect
    .poll(async () => (await Promise.all([page(), page(), page(), page()])).every(outage), { timeout: 15_000 })
    .toBe(true);

  cluster.pg.start();
  await expect.poll(async () => (await page()).status, { timeout: 15_000 }).toBe(200);
});

test("with no server alive, the proxy itself answers with the outage page", async ({ request }) => {
  await Promise.all(cluster.servers.map((s) => s.stop()));
  const response = await request.get(`${cluster.proxyUrl}/khoi`);
  expect(response.status()).toBe(503);
  expect(response.headers()["retry-after"]).toBe("15");
  const body = await response.text();
  expect(body).toContain("Hệ thống đang gián đoạn");
  expect(body).toContain("không có máy chủ nào sẵn sàng");

  await Promise.all(cluster.servers.map((s) => s.start()));
  await expect.poll(async () => (await request.get(`${cluster.proxyUrl}/dang-nhap`)).status(), { timeout: 15_000 }).toBe(200);
});
