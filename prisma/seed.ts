// Fills an empty database with the demo tenants and the demo accounts (README lists them).
// Reuses the test factories so demo data is built the way the app builds it.
import type { Db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/auth/mode";
import { memberNameFields } from "@/lib/domain/text";
import { makeUnit, makeUser } from "@/tests/factories";
import { DEMO_TREE, demoPerson, demoRandom } from "./demo-data";
import { seedDemoPlans } from "./seed-plans";
import { seedDemoReports } from "./seed-reports";
import { seedDemoHonours } from "./seed-honours";
import { seedDemoWork } from "./seed-work";
import { seedDemoQuestions } from "./seed-questions";
import { seedDemoHandbooks } from "./seed-handbooks";
import { seedDemoShowcase } from "./seed-showcase";
import { seedDemoInspections, seedLastYearInspections } from "./seed-inspections";
import { seedDemoSharedIdeas } from "./seed-shared-ideas";

export async function seedDemo(db: Db) {
  const rand = demoRandom();
  const created: Record<
    string,
    {
      id: string;
      khoiId: string | null;
      coSoId: string | null;
      kind: "CITY" | "KHOI" | "CO_SO" | "CHI_DOAN";
      name: string;
      parentId: string | null;
    }
  > = {};

  for (const [t, tenant] of DEMO_TREE.entries()) {
    const city = await makeUnit(db, "CITY", tenant.city);
    const khoi = await makeUnit(db, "KHOI", tenant.khoi, city);
    created[`city${t}`] = city;
    created[`khoi${t}`] = khoi;
    const clusters = [];
    for (const name of tenant.clusters) clusters.push(await db.cluster.create({ data: { khoiId: khoi.id, name } }));

    let emailSeq = 0;
    for (const [c, coSoDef] of tenant.coSo.entries()) {
      const coSo = await makeUnit(db, "CO_SO", coSoDef.name, khoi, clusters[coSoDef.cluster]?.id);
      created[`coSo${t}.${c}`] = coSo;
      const chiDoans: Awaited<ReturnType<typeof makeUnit>>[] = [];
      for (const [d, name] of coSoDef.chiDoan.entries()) {
        const chiDoan = await makeUnit(db, "CHI_DOAN", name, coSo);
        created[`chiDoan${t}.${c}.${d}`] = chiDoan;
        chiDoans.push(chiDoan);
      }
      const members = Array.from({ length: tenant.membersPerCoSo }, (_, i) => {
        const person = demoPerson(rand);
        const chiDoan = chiDoans[i % chiDoans.length];
        return {
          ...person,
          khoiId: khoi.id,
          coSoId: coSo.id,
          chiDoanId: chiDoan.id,
          ...memberNameFields(person.fullName),
          agency: coSoDef.name.replace(/^(Đoàn|Chi đoàn) /, ""),
          email: `dv${t}${String(++emailSeq).padStart(4, "0")}@coquan.vn`,
        };
      });
      await db.member.createMany({ data: members });
    }
  }

  const password = DEMO_PASSWORD;
  const accounts = [
    { email: "thanhdoan@demo.vn", name: "Cán bộ Thành Đoàn", role: "CITY_VIEWER", unit: created.city0 },
    // City staff: decide the honours the Khối propose for city-level titles.
    { email: "thanhdoan.canbo@demo.vn", name: "Đỗ Thị Phương Thảo", role: "CITY_STAFF", unit: created.city0 },
    { email: "khoi@demo.vn", name: "Nguyễn Thị Thu Hà", role: "KHOI_ADMIN", unit: created.khoi0 },
    { email: "canbo@demo.vn", name: "Trần Minh Quân", role: "KHOI_STAFF", unit: created.khoi0 },
    { email: "coso@demo.vn", name: "Lê Hoàng Nam", role: "CO_SO_SECRETARY", unit: created["coSo0.0"] },
    // A second cơ sở secretary, so two cơ sở can report in the same period.
    { email: "coso2@demo.vn", name: "Bùi Thị Mai Anh", role: "CO_SO_SECRETARY", unit: created["coSo0.1"] },
    { email: "chidoan@demo.vn", name: "Phạm Ngọc Lan", role: "CHI_DOAN_SECRETARY", unit: created["chiDoan0.0.0"] },
    { email: "doanvien@demo.vn", name: "Võ Thanh Tùng", role: "MEMBER", unit: created["chiDoan0.0.0"] },
    // Cán bộ giải đáp named by coso@: answers the public's questions to the cơ sở, nothing else.
    { email: "giaidap@demo.vn", name: "Huỳnh Thị Kim Ngân", role: "QUESTION_OFFICER", unit: created["coSo0.0"] },
    { email: "khoi.danang@demo.vn", name: "Đặng Văn Hải", role: "KHOI_ADMIN", unit: created.khoi1 },
  ] as const;
  const userIds: Record<string, string> = {};
  for (const a of accounts) {
    const user = await makeUser(db, {
      role: a.role,
      unit: a.unit,
      email: a.email,
      name: a.name,
      password,
      mustChangePassword: false,
    });
    userIds[a.email] = user.id;
    // Secretaries and the member are đoàn viên too: each gets a profile linked to the account.
    if (a.role === "CHI_DOAN_SECRETARY" || a.role === "MEMBER" || a.email === "coso@demo.vn") {
      const chiDoan = a.role === "CO_SO_SECRETARY" ? created["chiDoan0.0.1"] : a.unit;
      await db.member.create({
        data: {
          khoiId: chiDoan.khoiId!,
          coSoId: chiDoan.coSoId!,
          chiDoanId: chiDoan.id,
          ...memberNameFields(a.name),
          email: a.email,
          userId: user.id,
          gender: a.role === "CHI_DOAN_SECRETARY" ? "NU" : "NAM",
          birthDate: new Date(Date.UTC(1994, 4, 19)),
          joinedUnionAt: new Date(Date.UTC(2009, 2, 26)),
          position: a.role === "MEMBER" ? "Chuyên viên" : "Chuyên viên chính",
          agency: "Sở Tài chính",
          phone: "0903123456",
        },
      });
    }
  }

  const coSos = DEMO_TREE[0].coSo.map((_, c) => created[`coSo0.${c}`]);
  await seedDemoPlans(db, {
    khoi: created.khoi0,
    coSos,
    staffId: userIds["canbo@demo.vn"],
    secretaryIds: new Map([[created["coSo0.0"].id, userIds["coso@demo.vn"]]]),
  });

  // A year of logged work (projects, entries, commitments) on top of the plans and activities.
  const tenants = DEMO_TREE.map((tenant, t) => ({
    khoi: created[`khoi${t}`],
    coSos: tenant.coSo.map((def, c) => ({
      ...created[`coSo${t}.${c}`],
      chiDoans: def.chiDoan.map((_, d) => created[`chiDoan${t}.${c}.${d}`]),
    })),
  }));
  await seedDemoWork(db, tenants);
  // The year's report periods (a closed sơ kết, an open tổng kết) over that work.
  await seedDemoReports(db, tenants);
  // Titles, last year's decided round, this year's council at work and a round open for nominations.
  await seedDemoHonours(db, tenants[0], {
    staff: userIds["canbo@demo.vn"],
    admin: userIds["khoi@demo.vn"],
    coSo: userIds["coso@demo.vn"],
    chiDoan: userIds["chidoan@demo.vn"],
    city: userIds["thanhdoan.canbo@demo.vn"],
  });
  // An inspection round this month: two visits to record, coso@'s Sở Tài chính to come; and last
  // year's, its conclusions issued, some recommendations done, some overdue, some to review.
  const inspectors = { staff: userIds["canbo@demo.vn"], admin: userIds["khoi@demo.vn"], coSo: userIds["coso@demo.vn"] };
  await seedLastYearInspections(db, tenants[0], inspectors);
  await seedDemoInspections(db, tenants[0], inspectors);
  // Both Khối's public sites, with questions answered, waiting, late and one still to route.
  await seedDemoQuestions(db, [
    {
      ...tenants[0],
      officer: { id: userIds["giaidap@demo.vn"], coSoId: created["coSo0.0"].id },
      slug: "dan-chinh-dang-tphcm",
      title: "Cổng thông tin Đoàn Khối Dân - Chính - Đảng Thành phố",
      intro:
        "Phong trào “3 trách nhiệm” – trách nhiệm với công việc, với nhân dân, với bản thân – là phong trào của cán bộ, công chức, viên chức trẻ các cơ quan Đảng, chính quyền, đoàn thể Thành phố. Năm nay Đoàn Khối cùng các cơ sở Đoàn tập trung cải cách thủ tục hành chính, lắng nghe và giải đáp kịp thời thắc mắc của người dân.",
    },
    {
      ...tenants[1],
      slug: "cac-co-quan-da-nang",
      title: "Cổng thông tin Đoàn khối Các cơ quan thành phố Đà Nẵng",
      intro:
        "Cán bộ, công chức, viên chức trẻ các cơ quan thành phố Đà Nẵng thực hiện phong trào “3 trách nhiệm”, đồng hành cùng người dân trong thủ tục hành chính.",
    },
  ]);
  // Two published procedure handbooks per Khối; coso@'s has a second version being written.
  const secretaries = new Map([[created["coSo0.0"].id, userIds["coso@demo.vn"]]]);
  await seedDemoHandbooks(
    db,
    tenants.map((t) => ({ ...t, secretaryOf: (id: string) => secretaries.get(id) })),
  );
  // A few consented people and projects per Khối; doanvien@'s profile waits for his consent.
  const doanvien = await db.member.findFirstOrThrow({ where: { userId: userIds["doanvien@demo.vn"] }, select: { id: true } });
  await seedDemoShowcase(
    db,
    tenants.map((t) => t.khoi.id),
    doanvien.id,
  );
  // A few ideas shared in each Khối, with supports and comments; doanvien@'s stay private.
  await seedDemoSharedIdeas(
    db,
    tenants.map((t) => t.khoi.id),
    [doanvien.id],
  );
}
