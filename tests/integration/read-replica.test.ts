// The streaming read replica (issue 19, lib/db/replica.ts): a PostgreSQL primary and a standby of
// it made with pg_basebackup, both this test's own. A page view's reads go to the standby; a
// server action's, the sign-in's tables' and those of a browser whose write the standby has not
// replayed yet go to the primary; when the standby lags past the bound, or stops, reads go to the
// primary without failing. Replay is paused on the standby to tell the two servers apart: a row
// written meanwhile is on the primary only.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReplicatedClient, type Db } from "@/lib/db/client";
import { asSystem, withTenant } from "@/lib/db/tenant-context";
import { walPosition, type ReplicaWatch } from "@/lib/db/replica";
import { newRequestBox, requestStorage, type ReplicaRouting } from "@/lib/server/request-store.mjs";
import { PRIMARY_SETTINGS, startPgCluster, startStandby, type PgCluster } from "../helpers/pg-cluster";

const onPostgres = process.env.TEST_DB === "postgres";
const MAX_LAG_MS = 3_000;

describe.runIf(onPostgres)("a streaming read replica", () => {
  let primary: PgCluster;
  let standby: PgCluster;
  let client: Db;
  let watch: ReplicaWatch;
  let owner: pg.Client;
  let standbyAdmin: pg.Client;
  const khoi = crypto.randomUUID();

  const urlOf = (cluster: PgCluster) => `postgresql://postgres@127.0.0.1:${cluster.port}/portal`;

  beforeAll(async () => {
    primary = await startPgCluster(PRIMARY_SETTINGS);
    spawnSync(`${primary.bin}/psql`, [primary.adminUrl, "-qc", "CREATE DATABASE portal"]);
    const deploy = spawnSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma/prisma.config.ts"], {
      env: { ...process.env, DATABASE_URL: urlOf(primary) },
      encoding: "utf8",
    });
    if (deploy.status !== 0) throw new Error(deploy.stderr);
    owner = new pg.Client({ connectionString: urlOf(primary) });
    await owner.connect();
    await owner.query(
      `INSERT INTO "Unit" (id, kind, name, "khoiId", "updatedAt") VALUES ($1, 'KHOI', 'Đoàn Khối Một', $1, now())`,
      [khoi],
    );
    standby = await startStandby(primary);
    standbyAdmin = new pg.Client({ connectionString: urlOf(standby) });
    standbyAdmin.on("error", () => {}); // the standby is stopped below
    await standbyAdmin.connect();
    ({ client, watch } = createReplicatedClient(urlOf(primary), urlOf(standby), { maxLagMs: MAX_LAG_MS, everyMs: 100 }));
    await until(() => watch.fit, "the replica in use");
  }, 120_000);

  afterAll(async () => {
    await watch?.stop();
    await client?.$disconnect();
    await owner?.end();
    await standbyAdmin?.end().catch(() => {});
    standby?.remove();
    primary?.remove();
  });

  async function until(check: () => boolean | Promise<boolean>, what: string) {
    const deadline = Date.now() + 15_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`still not ${what} after 15 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Runs `fn` as a request of `method` would, with the routing the server gives it. */
  async function inRequest<T>(method: string, fn: () => Promise<T>, after?: string) {
    const routing: ReplicaRouting = { after, primaryOnly: false };
    const result = await requestStorage().run(newRequestBox("127.0.0.1", undefined, "/", method, routing), () =>
      withTenant({ khoiIds: [khoi], userId: null }, fn),
    );
    return { result, routing };
  }

  const unitNames = () => client.unit.findMany({ where: { khoiId: khoi }, select: { name: true }, orderBy: { name: "asc" } });
  const addUnit = async (name: string) => {
    await owner.query(
      `INSERT INTO "Unit" (id, kind, name, "khoiId", "parentId", "coSoId", "updatedAt") VALUES ($1, 'CO_SO', $2, $3, $3, $1, now())`,
      [crypto.randomUUID(), name, khoi],
    );
  };
  // A pause is a request: the standby may replay a little more before it holds.
  const pause = async () => {
    await standbyAdmin.query("SELECT pg_wal_replay_pause()");
    await until(
      async () => (await standbyAdmin.query("SELECT pg_get_wal_replay_pause_state() AS s")).rows[0].s === "paused",
      "paused",
    );
  };
  const resume = () => standbyAdmin.query("SELECT pg_wal_replay_resume()");

  it("a page view reads from the replica, a server action and reads outside a request from the primary", async () => {
    await pause();
    try {
      await addUnit("Cơ sở chỉ ở máy chính");
      await watch.look();
      const page = await inRequest("GET", unitNames);
      expect(page.result.map((u) => u.name)).toEqual(["Đoàn Khối Một"]);
      expect(page.routing.primaryOnly).toBe(false);
      // The same read as raw SQL that only reads.
      const raw = await inRequest(
        "GET",
        () => client.$queryRead<{ n: number }[]>`SELECT count(*)::int AS n FROM "Unit" WHERE "khoiId" = ${khoi}`,
      );
      expect(raw.result[0].n).toBe(1);

      const action = await inRequest("POST", unitNames);
      expect(action.result.map((u) => u.name)).toEqual(["Cơ sở chỉ ở máy chính", "Đoàn Khối Một"]);
      const outside = await asSystem(unitNames);
      expect(outside).toHaveLength(2);
    } finally {
      await resume();
    }
  });

  it("who is signed in, and what they may do, is always read from the primary", async () => {
    await pause();
    try {
      const email = `moi-${crypto.randomUUID()}@vi-du.vn`;
      await owner.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "khoiId", "updatedAt") VALUES ($1, $2, 'Người mới', 'x', $3, now())`,
        [crypto.randomUUID(), email, khoi],
      );
      await watch.look();
      const page = await inRequest("GET", () =>
        asSystem(() => client.user.findUnique({ where: { email }, select: { name: true } })),
      );
      expect(page.result?.name).toBe("Người mới");
      // The session's tables do not make the rest of the page read from the primary.
      expect(page.routing.primaryOnly).toBe(false);
    } finally {
      await resume();
    }
  });

  it("a browser that wrote reads from the primary until the replica has replayed its write", async () => {
    await until(async () => {
      await watch.look();
      return watch.fit;
    }, "the replica caught up");
    await pause();
    let wrote: string | undefined;
    try {
      // The write, in a server action: it leaves the primary's position after it.
      const write = await inRequest("POST", () =>
        client.unit.create({
          data: { kind: "CO_SO", name: "Cơ sở vừa tạo", khoiId: khoi, parentId: khoi },
          select: { id: true },
        }),
      );
      wrote = write.routing.wrote;
      expect(wrote && walPosition(wrote)).toBeGreaterThan(watch.replayed);

      // Its next page, with the position from the cookie: the primary, and the new row.
      const next = await inRequest("GET", unitNames, wrote);
      expect(next.result.map((u) => u.name)).toContain("Cơ sở vừa tạo");
      expect(next.routing.primaryOnly).toBe(true);
      // Another browser's page: the replica, as it was.
      const other = await inRequest("GET", unitNames);
      expect(other.result.map((u) => u.name)).not.toContain("Cơ sở vừa tạo");
      // A position nobody could have been given reads from the primary too.
      expect((await inRequest("GET", unitNames, "nonsense")).routing.primaryOnly).toBe(true);
    } finally {
      await resume();
    }
    await until(async () => {
      await watch.look();
      return watch.fit && watch.replayed >= walPosition(wrote!)!;
    }, "the replica at the write");
    // Once replayed, the same browser's pages read from the replica again, and see the write there.
    const later = await inRequest("GET", unitNames, wrote);
    expect(later.result.map((u) => u.name)).toContain("Cơ sở vừa tạo");
    expect(later.routing.primaryOnly).toBe(false);
  });

  it("reads go to the primary while the replica lags past the bound", async () => {
    await pause();
    try {
      await addUnit("Cơ sở khi máy phụ chậm");
      await until(async () => {
        await watch.look();
        return !watch.fit;
      }, `the replica ${MAX_LAG_MS} ms behind`);
      const page = await inRequest("GET", unitNames);
      expect(page.result.map((u) => u.name)).toContain("Cơ sở khi máy phụ chậm");
      expect(page.routing.primaryOnly).toBe(true);
    } finally {
      await resume();
    }
    await until(async () => {
      await watch.look();
      return watch.fit;
    }, "the replica caught up");
    expect((await inRequest("GET", unitNames)).routing.primaryOnly).toBe(false);
  });

  it("reads go to the primary, without failing, when the replica stops, and back to it when it starts", async () => {
    const before = (await asSystem(unitNames)).length;
    standby.stop();
    // The watch has not looked yet: the page's read fails on the replica and is read again on the primary.
    const page = await inRequest("GET", unitNames);
    expect(page.result).toHaveLength(before);
    await until(async () => {
      await watch.look();
      return !watch.fit;
    }, "the replica out of use");
    expect((await inRequest("GET", unitNames)).routing.primaryOnly).toBe(true);

    standby.start();
    await until(async () => {
      await watch.look();
      return watch.fit;
    }, "the replica back in use");
    const back = await inRequest("GET", unitNames);
    expect(back.result).toHaveLength(before);
    expect(back.routing.primaryOnly).toBe(false);
  });
});
