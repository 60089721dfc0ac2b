// What the reminder scheduler and the mail worker cost (issue 13), on a throw-away PostgreSQL
// cluster: 50 Khối × 20 cơ sở (1,000 secretaries), 10,000 open deadlines spread over the 60 days
// ahead and the 3 behind (report periods, nomination rounds, activity registrations). Measured:
// the first run of a day (every due slot sent: notices and e-mails written), the steady state
// of each later run (nothing due: the scan alone), and the outbox delivered to a real
// SMTP server in this process (messages per second). Run: npm run bench:reminders
import { createPrismaClient, switchDatabase } from "@/lib/db/client";
import { postgresAdapter } from "@/lib/db/adapters";
import { asSystem } from "@/lib/db/tenant-context";
import { deliverDue } from "@/lib/data/mail-outbox";
import { runDueReminders } from "@/lib/data/reminders";
import { dayInVietnam } from "@/lib/domain/dates";
import { makePlan, makeUnit } from "@/tests/factories";
import { startTestSmtp } from "@/tests/helpers/smtp";
import { fmt, startPgCluster, timeIt } from "./bench-kit";

const KHOI = 50;
const CO_SO_PER_KHOI = 20;
const DEADLINES = 10_000;
const DAY = 86_400_000;

async function main() {
  const pg = await startPgCluster();
  const smtp = await startTestSmtp();
  try {
    const owner = createPrismaClient(postgresAdapter(pg.url, { appRole: false }), { enabled: false });
    switchDatabase(owner);
    const today = dayInVietnam(new Date());
    const eight = new Date(today.getTime() + 1 * 3_600_000); // 08:00 in Vietnam
    const t0 = performance.now();
    const city = await makeUnit(owner, "CITY", "Thành Đoàn bench");
    const khois: { id: string; planId: string }[] = [];
    const users: {
      id: string;
      email: string;
      name: string;
      passwordHash: string;
      mustChangePassword: boolean;
      khoiId: string;
    }[] = [];
    const memberships: { userId: string; unitId: string; role: "CO_SO_SECRETARY"; khoiId: string }[] = [];
    for (let k = 0; k < KHOI; k++) {
      const khoi = await makeUnit(owner, "KHOI", `Đoàn Khối ${k}`, city);
      const plan = await makePlan(owner, khoi, { status: "PUBLISHED", indicators: [] });
      khois.push({ id: khoi.id, planId: plan.id });
      const coSos = Array.from({ length: CO_SO_PER_KHOI }, (_, c) => ({
        id: crypto.randomUUID(),
        kind: "CO_SO" as const,
        name: `Đoàn cơ sở ${k}-${c}`,
        parentId: khoi.id,
        khoiId: khoi.id,
      }));
      await owner.unit.createMany({ data: coSos.map((c) => ({ ...c, coSoId: c.id })) });
      for (const c of coSos) {
        const id = crypto.randomUUID();
        users.push({
          id,
          email: `bithu.${c.id.slice(0, 8)}@bench.vn`,
          name: `Bí thư ${c.name}`,
          passwordHash: "x",
          mustChangePassword: false,
          khoiId: khoi.id,
        });
        memberships.push({ userId: id, unitId: c.id, role: "CO_SO_SECRETARY", khoiId: khoi.id });
      }
    }
    await owner.user.createMany({ data: users });
    await owner.membership.createMany({ data: memberships });
    const createdAt = new Date(today.getTime() - 90 * DAY);
    const periods = [];
    const rounds = [];
    const activities = [];
    for (let i = 0; i < DEADLINES; i++) {
      const k = khois[i % KHOI];
      const dueOn = new Date(today.getTime() + ((i % 64) - 3) * DAY);
      if (i % 3 === 0)
        periods.push({
          khoiId: k.id,
          planId: k.planId,
          kind: "AD_HOC" as const,
          title: `Báo cáo ${i}`,
          year: 2026,
          fromMonth: 1,
          toMonth: 12,
          dueOn,
          createdAt,
        });
      else if (i % 3 === 1)
        rounds.push({
          khoiId: k.id,
          planId: k.planId,
          name: `Đợt xét chọn ${i}`,
          year: 2026,
          periodFrom: createdAt,
          periodTo: dueOn,
          dueOn,
          createdAt,
        });
      else
        activities.push({
          khoiId: k.id,
          planId: k.planId,
          kind: "CONTEST" as const,
          name: `Hội thi ${i}`,
          startsOn: new Date(dueOn.getTime() + 5 * DAY),
          organiser: "Đoàn Khối",
          registrationDeadline: dueOn,
          createdAt,
        });
    }
    await owner.reportPeriod.createMany({ data: periods });
    await owner.honourRound.createMany({ data: rounds });
    await owner.activity.createMany({ data: activities });
    await pg.raw.query("ANALYZE");
    console.log(
      `reminders bench: ${KHOI} Khối × ${CO_SO_PER_KHOI} cơ sở, ${DEADLINES} deadlines; made in ${fmt(performance.now() - t0)} ms`,
    );

    // The app's own client (row-level security, system mode as the scheduler runs).
    switchDatabase(createPrismaClient(postgresAdapter(pg.url)));
    const first = performance.now();
    const run = await runDueReminders(eight);
    const firstMs = performance.now() - first;
    const notices = await asSystem(() => owner.notification.count());
    const mails = await asSystem(() => owner.mailMessage.count());
    console.log(
      `  first run of the day: ${run.deadlines} deadlines in the window, ${run.sent} slots sent, ${notices} notices and ${mails} e-mails written in ${fmt(firstMs)} ms (${fmt(firstMs / Math.max(1, run.sent))} ms per slot)`,
    );
    const steady = await timeIt("steady", () => runDueReminders(new Date(eight.getTime() + 5 * 60_000)), 10);
    console.log(
      `  each later run (nothing due): median ${fmt(steady.median)} ms, p95 ${fmt(steady.p95)} ms over ${steady.runs} runs`,
    );

    process.env.SMTP_URL = smtp.url;
    // The first 5,000 of them (all would take minutes at any realistic rate).
    const sendStart = performance.now();
    let sent = 0;
    while (sent < 5_000) {
      const batch = await deliverDue(200);
      if (!batch.sent) break;
      sent += batch.sent;
    }
    const sendMs = performance.now() - sendStart;
    console.log(
      `  outbox to a local SMTP server: ${sent} e-mails in ${fmt(sendMs)} ms (${fmt((sent / sendMs) * 1000)} per second, 5 pooled connections)`,
    );
  } finally {
    await smtp.close();
    await pg.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
