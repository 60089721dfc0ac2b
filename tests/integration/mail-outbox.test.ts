// The outbox (issue 13): a message is written with the change that causes it and delivered after
// commit to a real SMTP server; rolled back, nothing leaves; without SMTP_URL it is kept; a
// refused message is retried with a growing wait, then failed with the server's reason (never the
// address); two workers at once deliver each message once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverDue, enqueueMail, MAX_ATTEMPTS, outboxMessage, outboxOf, type MailInput } from "@/lib/data/mail-outbox";
import { makeTenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

let smtp: TestSmtp;
const kind = `test-${crypto.randomUUID()}`;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

const mail = (over: Partial<MailInput> = {}): MailInput => ({
  khoiId: null,
  userId: null,
  to: "bi.thu@example.vn",
  kind,
  subject: "Nhắc nộp báo cáo: Báo cáo tổng kết năm",
  text: "Kính gửi đồng chí Lê Hoàng Nam,\nĐợt báo cáo sắp đến hạn.",
  html: "<p>Kính gửi đồng chí <b>Lê Hoàng Nam</b>,</p><p>Đợt báo cáo sắp đến hạn.</p>",
  ...over,
});
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
const statuses = async () =>
  (await db().mailMessage.findMany({ where: { kind }, orderBy: { createdAt: "asc" }, select: { status: true } })).map(
    (m) => m.status,
  );
const clear = () => db().mailMessage.deleteMany({ where: { kind } });

describe("the outbox", () => {
  it("sends nothing for a change that rolled back, and delivers a committed one with its Vietnamese text and unsubscribe link", async () => {
    await clear();
    await expect(
      db().$transaction(async (tx) => {
        await enqueueMail(tx, mail({ to: "rolled.back@example.vn" }));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await db().$transaction((tx) =>
      enqueueMail(
        tx,
        mail({ subject: "Dòng 1\r\nBcc: ke.gian@example.vn", unsubscribeUrl: "http://localhost:3000/huy-nhan/abc" }),
      ),
    );
    process.env.SMTP_URL = smtp.url;
    const before = smtp.received.length;
    expect(await deliverDue()).toMatchObject({ sent: 1 });
    const got = smtp.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0].subject).toBe("Dòng 1 Bcc: ke.gian@example.vn");
    expect(got[0].bcc).toBeUndefined();
    expect(got[0].text).toContain("Kính gửi đồng chí Lê Hoàng Nam");
    expect(got[0].html).toContain("<b>Lê Hoàng Nam</b>");
    // mailparser reads the List-* headers into one "list" entry.
    expect(got[0].headers.get("list")).toEqual({
      unsubscribe: { url: "http://localhost:3000/huy-nhan/abc" },
      "unsubscribe-post": { name: "List-Unsubscribe=One-Click" },
    });
    expect(await statuses()).toEqual(["SENT"]);
    // Sent once: the next run has nothing to do.
    expect(await deliverDue()).toEqual({ sent: 0, kept: 0, retried: 0, failed: 0 });
  });

  it("keeps a message without SMTP_URL (the demo), for the admins to read", async () => {
    await clear();
    await db().$transaction((tx) => enqueueMail(tx, mail()));
    expect(await deliverDue()).toMatchObject({ kept: 1 });
    expect(await statuses()).toEqual(["KEPT"]);
  });

  it("retries a refused message after a growing wait, then marks it failed with the reason, not the address", async () => {
    await clear();
    smtp.refuse.add("khong.co@example.vn");
    process.env.SMTP_URL = smtp.url;
    await db().$transaction((tx) => enqueueMail(tx, mail({ to: "khong.co@example.vn" })));
    const waits: number[] = [];
    let clock = new Date();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const outcome = await deliverDue(50, clock);
      const row = await db().mailMessage.findFirstOrThrow({ where: { kind } });
      expect(row.lastError).toMatch(/550/);
      expect(row.lastError).not.toContain("khong.co@example.vn");
      if (i < MAX_ATTEMPTS - 1) {
        expect(outcome).toMatchObject({ retried: 1 });
        // Not due before its wait is over.
        expect(await deliverDue(50, clock)).toMatchObject({ retried: 0, sent: 0 });
        waits.push((row.nextAttemptAt.getTime() - clock.getTime()) / 1000);
        clock = new Date(row.nextAttemptAt.getTime() + 1000);
      } else expect(outcome).toMatchObject({ failed: 1 });
    }
    expect(waits).toEqual([60, 300, 1800, 7200]);
    expect(await statuses()).toEqual(["FAILED"]);
  });

  it("delivers each message once when two workers run at once", async () => {
    await clear();
    process.env.SMTP_URL = smtp.url;
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 30; i++) await enqueueMail(tx, mail({ to: `doan.vien.${i}@example.vn` }));
    });
    const before = smtp.received.length;
    const [one, two] = await Promise.all([deliverDue(20), deliverDue(20)]);
    const rest = await deliverDue(20);
    expect(one.sent + two.sent + rest.sent).toBe(30);
    const to = smtp.received.slice(before).map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text);
    expect(to).toHaveLength(30);
    expect(new Set(to).size).toBe(30);
  });

  it("takes again a message whose worker died holding it, once its claim has run out", async () => {
    await clear();
    await db().$transaction((tx) => enqueueMail(tx, mail()));
    await db().mailMessage.updateMany({ where: { kind }, data: { lockedUntil: later(60), attempts: 1 } });
    expect(await deliverDue()).toMatchObject({ kept: 0 });
    expect(await deliverDue(50, later(121))).toMatchObject({ kept: 1 });
  });
});

describe("the Khối admins' outbox", () => {
  it("lists the Khối's messages to its admins only, counts them by status, and hides a delivered reset link", async () => {
    const a = await makeTenant(db());
    const b = await makeTenant(db());
    await db().$transaction(async (tx) => {
      await enqueueMail(
        tx,
        mail({ khoiId: a.khoi.id, kind: "password-reset", text: "Đặt lại: https://x/dat-lai-mat-khau?token=abcDEF123_-" }),
      );
      await enqueueMail(tx, mail({ khoiId: b.khoi.id }));
    });
    process.env.SMTP_URL = smtp.url;
    await deliverDue();
    const admin = await viewerOf(a.users.admin.id);
    const outbox = await outboxOf(admin);
    expect(outbox.rows).toHaveLength(1);
    expect(outbox.counts).toEqual({ SENT: 1 });
    const message = await outboxMessage(admin, outbox.rows[0].id);
    expect(message.text).toBe("Đặt lại: https://x/dat-lai-mat-khau?token=(ẩn)");
    // The staff, a cơ sở, another Khối's admin: nothing.
    for (const who of [a.users.staff.id, a.users.coSo.id, b.users.admin.id]) {
      const viewer = await viewerOf(who);
      expect((await outboxOf(viewer)).rows.map((r) => r.id)).not.toContain(outbox.rows[0].id);
      await expect(outboxMessage(viewer, outbox.rows[0].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("shows a kept reset link (no mail server: the demo), the only way to it", async () => {
    const a = await makeTenant(db());
    await db().$transaction((tx) =>
      enqueueMail(tx, mail({ khoiId: a.khoi.id, kind: "password-reset", text: "Đặt lại: https://x/dat-lai-mat-khau?token=abc" })),
    );
    await deliverDue();
    const admin = await viewerOf(a.users.admin.id);
    const [row] = (await outboxOf(admin, { status: "KEPT" })).rows;
    expect((await outboxMessage(admin, row.id)).text).toContain("token=abc");
  });
});
