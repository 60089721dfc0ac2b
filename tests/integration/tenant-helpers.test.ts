// Helpers that take a record's khoiId (timelines, evidence lists, the commitment plan, unsent cơ
// sở, typed report values) take the viewer too and check the Khối is theirs: handed another
// tenant's id, they find nothing instead of reading that tenant's rows.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { timelineOf } from "@/lib/data/status-changes";
import { evidenceOf } from "@/lib/data/evidence";
import { commitmentPlanOf } from "@/lib/data/commitment-reads";
import { unsentCoSoIds } from "@/lib/data/report-periods";
import { acceptedTypedValues } from "@/lib/data/report-values";
import type { Viewer } from "@/lib/authz";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let adminA: Viewer;
let adminB: Viewer;
let planA: { id: string; seriesId: string };
beforeAll(async () => {
  [a, b] = [await makeTenant(db()), await makeTenant(db())];
  [adminA, adminB] = [await viewerOf(a.users.admin.id), await viewerOf(b.users.admin.id)];
  planA = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }] },
  );
});

const notFound = { code: "NOT_FOUND" };

it("reads tenant A's rows for A's admin", async () => {
  await expect(timelineOf(adminA, a.khoi.id, "Plan", [planA.id])).resolves.toBeInstanceOf(Array);
  await expect(unsentCoSoIds(adminA, a.khoi.id, crypto.randomUUID())).resolves.toEqual(
    expect.arrayContaining([a.coSoA.id, a.coSoB.id]),
  );
});

it("finds nothing of tenant A for B's admin, whichever helper is handed A's khoiId", async () => {
  await expect(timelineOf(adminB, a.khoi.id, "Plan", [planA.id])).rejects.toMatchObject(notFound);
  await expect(evidenceOf(adminB, a.khoi.id, "ActivityRegistration", [crypto.randomUUID()])).rejects.toMatchObject(notFound);
  await expect(commitmentPlanOf(adminB, a.khoi.id, new Date().getUTCFullYear())).rejects.toMatchObject(notFound);
  await expect(unsentCoSoIds(adminB, a.khoi.id, crypto.randomUUID())).rejects.toMatchObject(notFound);
  await expect(
    acceptedTypedValues(adminB, [{ khoiId: a.khoi.id, seriesId: planA.seriesId }], [crypto.randomUUID()], [a.coSoA.id]),
  ).rejects.toMatchObject(notFound);
  // One Khối of theirs beside one of A's finds nothing either.
  await expect(
    acceptedTypedValues(
      adminB,
      [
        { khoiId: b.khoi.id, seriesId: planA.seriesId },
        { khoiId: a.khoi.id, seriesId: planA.seriesId },
      ],
      [crypto.randomUUID()],
      [a.coSoA.id],
    ),
  ).rejects.toMatchObject(notFound);
});
