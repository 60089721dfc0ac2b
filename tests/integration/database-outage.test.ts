// PostgreSQL going away under a running server (issue 19): the server's own layer before Next.js
// (lib/server/outage.mjs, database-watch.mjs, wired in lib/server/start.mjs) answers every page
// at once with 503 and the Vietnamese outage page, tells a load balancer it is not ready while
// staying live, and serves pages again when PostgreSQL is back, without a restart. The cluster is
// this test's own, really stopped and started; behind the layer, a handler that reads through a
// pg pool as the app does stands for Next.js.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchDatabase } from "@/lib/server/database-watch.mjs";
import { ACTION_OUTAGE_TEXT, answerBeforeNext } from "@/lib/server/outage.mjs";
import { freePort, startPgCluster, type PgCluster } from "../helpers/pg-cluster";

const onPostgres = process.env.TEST_DB === "postgres";

describe.runIf(onPostgres)("a PostgreSQL outage under a running server", () => {
  let cluster: PgCluster;
  let pool: pg.Pool;
  let server: http.Server;
  let watch: ReturnType<typeof watchDatabase>;
  let base: string;

  beforeAll(async () => {
    cluster = await startPgCluster();
    pool = new pg.Pool({ connectionString: cluster.adminUrl, max: 2, connectionTimeoutMillis: 2_000 });
    pool.on("error", () => {});
    watch = watchDatabase(cluster.adminUrl, { everyMs: 250, timeoutMs: 1_000 });
    server = http.createServer((req, res) => {
      if (answerBeforeNext(req, res, watch, "n0nce")) return;
      if (req.url?.startsWith("/_next/static/")) return void res.end("// script");
      pool.query("SELECT 'trang' AS page").then(
        ({ rows }) => res.end(rows[0].page),
        () => {
          res.statusCode = 500;
          res.end("lỗi");
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    watch?.stop();
    await new Promise((resolve) => server?.close(resolve));
    await pool?.end().catch(() => {});
    cluster?.remove();
  });

  const get = async (path: string, init: RequestInit = {}) => {
    const t0 = performance.now();
    const response = await fetch(base + path, { ...init, signal: AbortSignal.timeout(10_000) });
    return { status: response.status, headers: response.headers, body: await response.text(), ms: performance.now() - t0 };
  };
  const until = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`still not ${what} after 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it("serves pages and says ready while PostgreSQL answers", async () => {
    expect(await get("/bang-dieu-khien")).toMatchObject({ status: 200, body: "trang" });
    const health = await get("/api/health");
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ live: true, ready: true, database: "up" });
  });

  it("answers every page at once with 503 and the outage page while it is down, then recovers by itself", async () => {
    cluster.stop();
    // The first page may fail before a probe ran; it makes the server look at once.
    await get("/bang-dieu-khien");
    await until(async () => (await get("/bang-dieu-khien")).status === 503, "answering 503");

    const page = await get("/ke-hoach?nam=2026");
    expect(page.status).toBe(503);
    expect(page.ms).toBeLessThan(500);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("retry-after")).toBe("15");
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).toContain("Hệ thống đang gián đoạn");
    expect(page.body).toContain('<style nonce="n0nce">');
    expect(page.body).not.toMatch(/at .*\.(js|ts):\d+|ECONNREFUSED|Error/);

    // A form's action gets a short text its page can show; the build's files still pass.
    const action = await get("/doan-vien/moi", { method: "POST", headers: { "next-action": "abc" }, body: "x=1" });
    expect(action).toMatchObject({ status: 503, body: ACTION_OUTAGE_TEXT });
    expect(ACTION_OUTAGE_TEXT).toContain("thử lại");
    expect(await get("/_next/static/chunks/app.js")).toMatchObject({ status: 200, body: "// script" });

    // Not ready, for the load balancer; still live, so nothing restarts the server.
    const ready = await get("/api/health");
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ live: true, ready: false, database: "down" });
    expect(await get("/api/health?check=live")).toMatchObject({ status: 200 });

    cluster.start();
    await until(async () => (await get("/bang-dieu-khien")).status === 200, "serving again");
    expect(await get("/bang-dieu-khien")).toMatchObject({ status: 200, body: "trang" });
    expect(JSON.parse((await get("/api/health")).body)).toMatchObject({ ready: true, database: "up" });
  });

  it("takes any request target without failing the server", async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: new URL(base).port, path: "http://[::1", method: "GET" }, (res) => {
        resolve(String(res.statusCode));
        res.resume();
      });
      req.on("error", reject);
      req.end();
    });
    expect(raw).toBe("200");
    expect(await get("/api/health")).toMatchObject({ status: 200 });
  });
});

describe("on the embedded database", () => {
  it("is always ready and never answers for Next.js but the health check", async () => {
    const server = http.createServer((req, res) => {
      if (answerBeforeNext(req, res, null, "n0nce")) return;
      res.end("trang");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ live: true, ready: true, database: "embedded" });
      expect(await (await fetch(`${base}/bang-dieu-khien`)).text()).toBe("trang");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("how soon the watch calls it an outage", () => {
  it("at the first look when the port refuses, at the second when a look only times out", async () => {
    const refused = watchDatabase(`postgresql://postgres@127.0.0.1:${await freePort()}/portal`, { everyMs: 60_000 });
    try {
      expect(await refused.probe()).toBe(false);
    } finally {
      refused.stop();
    }

    // A server that takes the connection and never answers: as a stalled process would look.
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const stalled = watchDatabase(`postgresql://postgres@127.0.0.1:${(silent.address() as AddressInfo).port}/portal`, {
      everyMs: 60_000,
      timeoutMs: 200,
    });
    try {
      expect(await stalled.probe()).toBe(true);
      expect(await stalled.probe()).toBe(false);
    } finally {
      stalled.stop();
      silent.close();
    }
  });
});
