// Hỏi đáp (issue 14), the pure parts: answer deadlines in working days over weekends, the Labour
// Code's holidays (lunar Tết and Giỗ Tổ included) and a Khối's extra days off; tracking codes;
// the form token that stands in for a captcha.
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  answerDueAt,
  isDueSoon,
  isWorkingDay,
  publicHolidays,
  workingDaysBetween,
} from "@/lib/domain/working-days";
import { newTrackingCode, normaliseTrackingCode, trackingCodeHash } from "@/lib/domain/tracking-code";
import { formTokenAge, issueFormToken, trackingCodeFor } from "@/lib/auth/form-token";
import { isLate, median } from "@/lib/domain/questions";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("public holidays", () => {
  it("has the Labour Code's days for 2026: Tết 16–20/2, Giỗ Tổ 26/4, 30/4, 1/5, 1–2/9, 1/1", () => {
    const h = publicHolidays(2026);
    for (const d of [
      "2026-01-01",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-30",
      "2026-05-01",
      "2026-09-01",
      "2026-09-02",
    ])
      expect(h.has(d), d).toBe(true);
    expect(h.has("2026-02-23")).toBe(false);
  });

  it("moves a holiday on a weekend to the next working day (Giỗ Tổ on Sunday 26/4/2026 → Monday 27/4)", () => {
    expect(publicHolidays(2026).has("2026-04-27")).toBe(true);
  });

  it("takes 3/9 with Quốc khánh when 1/9 falls on a weekend (2024: 2/9 Monday, 3/9 Tuesday)", () => {
    const h = publicHolidays(2024);
    expect(h.has("2024-09-02") && h.has("2024-09-03")).toBe(true);
  });

  it("finds Tết from the lunar calendar each year (2027: mùng 1 on 6/2)", () => {
    const h = publicHolidays(2027);
    expect(["2027-02-05", "2027-02-06", "2027-02-09"].every((d) => h.has(d))).toBe(true);
  });
});

describe("working days", () => {
  it("skip weekends: 5 working days from a Friday is the next Friday", () => {
    expect(iso(addWorkingDays(day("2026-11-27"), 5))).toBe("2026-12-04");
  });

  it("skip Tết: asked on Friday 13/2/2026, 5 working days later is Friday 27/2", () => {
    expect(iso(addWorkingDays(day("2026-02-13"), 5))).toBe("2026-02-27");
  });

  it("skip a Khối's extra days off", () => {
    expect(iso(addWorkingDays(day("2026-02-13"), 5, new Set(["2026-02-23"])))).toBe("2026-03-02");
    expect(isWorkingDay(day("2026-02-23"), new Set(["2026-02-23"]))).toBe(false);
  });

  it("count between two days, the first excluded", () => {
    expect(workingDaysBetween(day("2026-11-27"), day("2026-12-04"))).toBe(5);
    expect(workingDaysBetween(day("2026-12-04"), day("2026-11-27"))).toBe(0);
  });

  it("a deadline ends at midnight in Vietnam on its last day, whatever the hour of asking", () => {
    // Asked at 23:30 on Friday 27/11 in Vietnam (16:30 UTC): due at the end of Friday 4/12, Vietnam time.
    const due = answerDueAt(new Date("2026-11-27T16:30:00Z"), { answerDays: 5, extraDaysOff: [] });
    expect(due.toISOString()).toBe("2026-12-04T16:59:59.999Z");
    // Asked at 00:30 on Saturday 28/11 in Vietnam (17:30 UTC on the 27th): the weekend does not count.
    expect(answerDueAt(new Date("2026-11-27T17:30:00Z"), { answerDays: 5, extraDaysOff: [] }).toISOString()).toBe(
      "2026-12-04T16:59:59.999Z",
    );
  });

  it("late: unanswered past its deadline, or answered after it", () => {
    const dueAt = new Date("2026-12-04T16:59:59.999Z");
    expect(isLate({ dueAt, answeredAt: null }, new Date("2026-12-04T16:00:00Z"))).toBe(false);
    expect(isLate({ dueAt, answeredAt: null }, new Date("2026-12-04T17:00:00Z"))).toBe(true);
    expect(isLate({ dueAt, answeredAt: new Date("2026-12-05T01:00:00Z") })).toBe(true);
    expect(isLate({ dueAt: null, answeredAt: null })).toBe(false);
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("a near deadline (nhắc hạn trả lời)", () => {
  // Asked Friday 27/11 in Vietnam, due at the end of Friday 4/12.
  const q = { createdAt: new Date("2026-11-27T03:00:00Z"), dueAt: new Date("2026-12-04T16:59:59.999Z") };
  const at = (iso: string) => new Date(iso);

  it("is reminded of from 07:00 on the working day before the last day, and on the last day", () => {
    expect(isDueSoon(q, at("2026-12-02T10:00:00Z"))).toBe(false); // Wednesday
    expect(isDueSoon(q, at("2026-12-02T23:59:00Z"))).toBe(false); // Thursday 06:59 in Vietnam
    expect(isDueSoon(q, at("2026-12-03T00:00:00Z"))).toBe(true); // Thursday 07:00
    expect(isDueSoon(q, at("2026-12-04T10:00:00Z"))).toBe(true); // Friday, the last day
    expect(isDueSoon(q, at("2026-12-04T17:00:00Z"))).toBe(false); // past it: late, not near
  });

  it("skips the weekend and the Khối's days off before the last day", () => {
    // Due Monday 7/12: Friday 4/12 is the working day before it.
    const monday = { ...q, dueAt: new Date("2026-12-07T16:59:59.999Z") };
    expect(isDueSoon(monday, at("2026-12-04T02:00:00Z"))).toBe(true);
    expect(isDueSoon(monday, at("2026-12-03T02:00:00Z"))).toBe(false); // Thursday: Friday and Monday left
    // Missed on Friday: not on Saturday or Sunday, but on Monday, the last day.
    expect(isDueSoon(monday, at("2026-12-05T02:00:00Z"))).toBe(false);
    expect(isDueSoon(monday, at("2026-12-06T02:00:00Z"))).toBe(false);
    expect(isDueSoon(monday, at("2026-12-07T02:00:00Z"))).toBe(true);
    // With Monday off, Tuesday 8/12 is the last day and Friday is still the working day before.
    const tuesday = { ...q, dueAt: new Date("2026-12-08T16:59:59.999Z") };
    expect(isDueSoon(tuesday, at("2026-12-04T02:00:00Z"), new Set(["2026-12-07"]))).toBe(true);
  });

  it("is not reminded of on the day it was asked, nor without a deadline", () => {
    const short = { createdAt: new Date("2026-12-03T02:00:00Z"), dueAt: new Date("2026-12-04T16:59:59.999Z") };
    expect(isDueSoon(short, at("2026-12-03T05:00:00Z"))).toBe(false);
    expect(isDueSoon(short, at("2026-12-04T01:00:00Z"))).toBe(true);
    expect(isDueSoon({ ...q, dueAt: null }, at("2026-12-04T01:00:00Z"))).toBe(false);
  });
});

describe("tracking codes", () => {
  it("are 12 Crockford characters in three groups, different each time", () => {
    const codes = new Set(Array.from({ length: 500 }, newTrackingCode));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("read what people type: lower case, spaces, and O/I/L for 0/1; anything else is no code", () => {
    expect(normaliseTrackingCode("7k3m q9xd 2f8b")).toBe("7K3MQ9XD2F8B");
    expect(normaliseTrackingCode("OIL0-0000-0000")).toBe("011000000000");
    expect(normaliseTrackingCode("7K3M-Q9XD-2F8")).toBeNull();
    expect(normaliseTrackingCode("7K3M-Q9XD-2F8U")).toBeNull();
    expect(normaliseTrackingCode("'; DROP TABLE--")).toBeNull();
  });

  it("are stored as a hash that does not contain them", () => {
    const hash = trackingCodeHash("7K3MQ9XD2F8B");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(trackingCodeHash("7K3MQ9XD2F8B"));
    expect(hash).not.toBe(trackingCodeHash("7K3MQ9XD2F8C"));
  });
});

describe("the form token", () => {
  const key = "8d5e9f3a-4b6c-4d7e-9f80-1a2b3c4d5e6f";
  it("tells how long ago the form was drawn, and nothing for a forged, altered or borrowed token", () => {
    const now = Date.now();
    const token = issueFormToken(key, now - 30_000);
    expect(formTokenAge(token, key, now)).toBeCloseTo(30, 0);
    const [issued, sig] = token.split(".");
    expect(formTokenAge(`${Number(issued) + 20_000}.${sig}`, key, now)).toBeNull();
    expect(formTokenAge(`${issued}.${sig.slice(0, -1)}x`, key, now)).toBeNull();
    expect(formTokenAge("garbage", key, now)).toBeNull();
    expect(formTokenAge(`${issued}.${sig}.extra`, key, now)).toBeNull();
    // Another form's key: one token makes one question.
    expect(formTokenAge(token, "0d5e9f3a-4b6c-4d7e-9f80-1a2b3c4d5e6f", now)).toBeNull();
  });

  it("derives the question's tracking code from the form's key: a retry shows the same code", () => {
    expect(trackingCodeFor(key)).toBe(trackingCodeFor(key));
    expect(trackingCodeFor(key)).not.toBe(trackingCodeFor("0d5e9f3a-4b6c-4d7e-9f80-1a2b3c4d5e6f"));
    expect(trackingCodeFor(key)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseTrackingCode(trackingCodeFor(key))).not.toBeNull();
  });
});
