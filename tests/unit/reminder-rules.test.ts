// Who is due what, and when (issue 13): the reminder slot of a day, Vietnam's hours and days at
// the edges of UTC, and what the notice, the e-mail and the digest say.
import { describe, expect, it } from "vitest";
import { daysUntil, dueSlot, OVERDUE_CATCH_UP_DAYS } from "@/lib/domain/deadlines";
import { dayInVietnam, hourInVietnam, vietnamTime } from "@/lib/domain/dates";
import { deliveryOf } from "@/lib/domain/notice-kinds";
import { digestMessage, noticeMessage } from "@/lib/mail/messages";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("the reminder slot of a day", () => {
  const days = [7, 1];
  it("is 'before:N' on the chosen days, and nothing between them", () => {
    expect([10, 8, 7, 6, 2, 1, 0].map((left) => dueSlot(left, days, true, 30))).toEqual([
      null,
      null,
      "before:7",
      "before:7",
      "before:7",
      "before:1",
      "before:1",
    ]);
  });

  it("is the nearest day already reached, so a missed day is caught up (the caller sends each slot once)", () => {
    expect(dueSlot(4, days, false, 30)).toBe("before:7");
    expect(dueSlot(0, [7, 3], false, 30)).toBe("before:3");
  });

  it("never a day before the deadline existed: made 3 days before, it gets no 7-day reminder", () => {
    expect(dueSlot(3, days, false, 3)).toBeNull();
    expect(dueSlot(1, days, false, 3)).toBe("before:1");
    expect(dueSlot(5, [], false, 30)).toBeNull();
  });

  it("is 'overdue' from the day after, for a few days, only for kinds that have one", () => {
    expect(dueSlot(-1, days, true, 30)).toBe("overdue");
    expect(dueSlot(-OVERDUE_CATCH_UP_DAYS, days, true, 30)).toBe("overdue");
    expect(dueSlot(-OVERDUE_CATCH_UP_DAYS - 1, days, true, 30)).toBeNull();
    expect(dueSlot(-1, days, false, 30)).toBeNull();
    // Opened with its deadline already past: not "late" for anybody.
    expect(dueSlot(-1, days, true, -2)).toBeNull();
  });

  it("counts whole calendar days", () => {
    expect(daysUntil(day("2026-12-10"), day("2026-12-03"))).toBe(7);
    expect(daysUntil(day("2027-01-01"), day("2026-12-31"))).toBe(1);
    expect(daysUntil(day("2026-12-02"), day("2026-12-03"))).toBe(-1);
  });
});

describe("Vietnam time at the edges of UTC", () => {
  it("16:59 UTC is 23:59 of the same day in Vietnam, 17:00 UTC is 00:00 of the next", () => {
    expect(dayInVietnam(new Date("2026-12-31T16:59:00Z"))).toEqual(day("2026-12-31"));
    expect(dayInVietnam(new Date("2026-12-31T17:00:00Z"))).toEqual(day("2027-01-01"));
    expect(hourInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe(0);
  });

  it("07:00 in Vietnam is midnight UTC: the reminders' and the digest's hour", () => {
    expect(vietnamTime(day("2026-12-03"), 7)).toEqual(new Date("2026-12-03T00:00:00Z"));
    expect(hourInVietnam(new Date("2026-12-02T23:59:59Z"))).toBe(6);
    expect(hourInVietnam(new Date("2026-12-03T00:00:00Z"))).toBe(7);
  });
});

describe("how a kind is delivered", () => {
  it("follows the saved choice, else the kind's default; account notices always go at once", () => {
    expect(deliveryOf("deadline", null)).toBe("now");
    expect(deliveryOf("confirmed", null)).toBe("digest");
    expect(deliveryOf("deadline", { email: true, digest: true })).toBe("digest");
    expect(deliveryOf("deadline", { email: false, digest: false })).toBe("off");
    expect(deliveryOf("account", { email: false, digest: false })).toBe("now");
  });
});

describe("what the e-mails say", () => {
  it("a notice: the title as subject, the link, the unsubscribe line; HTML escaped", () => {
    const m = noticeMessage(
      { name: "Nguyễn <b>An</b>" },
      { title: "Đợt báo cáo mới: Sơ kết & tổng kết", url: "https://p.vn/bao-cao/1" },
      { kindLabel: "Đợt mới", url: "https://p.vn/huy-nhan-thu?t=x" },
    );
    expect(m.subject).toBe("Đợt báo cáo mới: Sơ kết & tổng kết");
    expect(m.text).toContain("Xem chi tiết: https://p.vn/bao-cao/1");
    expect(m.text).toContain("Không nhận nữa: https://p.vn/huy-nhan-thu?t=x");
    expect(m.html).toContain("Nguyễn &lt;b&gt;An&lt;/b&gt;");
    expect(m.html).toContain("Sơ kết &amp; tổng kết");
  });

  it("a digest: every notice with its link, the count in the subject, the rest counted when cut", () => {
    const notices = [
      { title: "A", url: "https://p.vn/a" },
      { title: "B", url: "https://p.vn/b" },
    ];
    const links = {
      all: "https://p.vn/thong-bao",
      preferences: "https://p.vn/thong-bao/cai-dat",
      unsubscribe: "https://p.vn/h?t=d",
    };
    const m = digestMessage({ name: "An" }, { notices, total: 5 }, links);
    expect(m.subject).toBe("Tổng hợp 5 thông báo – Cổng “3 trách nhiệm”");
    expect(m.text).toContain("- A\n  https://p.vn/a");
    expect(m.text).toContain("… và 3 thông báo khác.");
    expect(m.text).toContain("Không nhận thư tổng hợp nữa: https://p.vn/h?t=d");
    expect(m.html.match(/<li>/g)).toHaveLength(2);
  });
});
