// Numbers and dates that make no sense are refused, each with its own Vietnamese reason: a
// future date is not a format mistake, 21 digits of money are a size mistake, 30 hours do not
// fit in a day, nobody joins the Đoàn before being born; what is merely unusual is a warning.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calendarDate, optionalDate, optionalMoney } from "@/lib/validation/fields";
import { entryCreateInput } from "@/lib/validation/entries";
import { memberCreateInput } from "@/lib/validation/members";
import { indicatorDraft, indicatorTargetInput } from "@/lib/validation/plans";
import { projectProgressInput } from "@/lib/validation/projects";
import { participationReportInput } from "@/lib/validation/activities";
import { ageOn, joinDateProblem, memberAgeWarnings } from "@/lib/domain/member-age";
import { backwardMessage, goesBack, markDrops } from "@/lib/domain/project-progress";
import { targetTooLarge } from "@/lib/domain/bounds";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const DAY = 86_400_000;
const fromToday = (days: number) => formatVietnameseDate(new Date(todayInVietnam().getTime() + days * DAY));
/** The first message per field, as the form shows it. */
const messages = (r: { success: boolean; error?: z.ZodError }) =>
  Object.fromEntries((r.error?.issues ?? []).toReversed().map((i) => [i.path.join("."), i.message]));
const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe("a past date (birth, Đoàn join)", () => {
  const birth = optionalDate("Ngày sinh");

  it("says a future date is after today, not that its format is wrong", () => {
    expect(messageOf(birth, fromToday(1))).toBe("Ngày sinh không được sau hôm nay");
    expect(messageOf(birth, "01/01/2999")).toBe("Ngày sinh không được sau hôm nay");
    expect(birth.parse(fromToday(0))).toEqual(todayInVietnam());
  });

  it("keeps the format message for what is not a date, and has its own for a year before 1900", () => {
    for (const bad of ["31/02/1995", "1995-03-05", "ngày 5"])
      expect(messageOf(birth, bad)).toBe("Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)");
    expect(messageOf(birth, "05/03/1899")).toBe("Ngày sinh không được trước năm 1900");
    expect(birth.parse("")).toBeNull();
  });

  it("and a calendar date out of 2000–2100 is out of range, not badly written", () => {
    expect(messageOf(calendarDate("Hạn nộp"), "05/03/2101")).toBe("Hạn nộp phải trong khoảng năm 2000 đến 2100");
    expect(messageOf(calendarDate("Hạn nộp"), "31/02/2026")).toBe("Hạn nộp không hợp lệ (định dạng dd/mm/yyyy)");
  });
});

describe("money in đồng", () => {
  const money = optionalMoney("Giá trị làm lợi là số đồng, ví dụ 15.000.000");

  it("refuses a figure past 1.000 tỷ with the size message, however many digits it has", () => {
    for (const big of ["123456789012345678901", "999.999.999.999.999.999.999 đồng", "1.000.000.000.001", 1e21, 2e12])
      expect(messageOf(money, big)).toBe("Số tiền quá lớn (tối đa 1.000 tỷ đồng)");
    expect(money.parse("1.000.000.000.000")).toBe(1_000_000_000_000);
    expect(money.parse("0.015.000.000")).toBe(15_000_000);
  });

  it("keeps the format message for what is not a whole number of đồng", () => {
    for (const bad of ["12,5", "-5", "mười triệu", "1e21", 1.5, -3, Infinity])
      expect(messageOf(money, bad)).toBe("Giá trị làm lợi là số đồng, ví dụ 15.000.000");
  });
});

describe("volunteer hours", () => {
  const volunteer = (hours: string) => ({
    kind: "VOLUNTEER",
    title: "Ngày thứ 7 tình nguyện",
    occurredOn: fromToday(-1),
    hours,
    requestKey: crypto.randomUUID(),
  });

  it("fit in the one day an entry is about", () => {
    expect(messages(entryCreateInput.safeParse(volunteer("30")))).toEqual({ hours: "Số giờ tối đa 24 trong một ngày tham gia" });
    expect(messages(entryCreateInput.safeParse(volunteer("24,5")))).toEqual({
      hours: "Số giờ tối đa 24 trong một ngày tham gia",
    });
    expect(entryCreateInput.parse(volunteer("24"))).toMatchObject({ hours: 24 });
    expect(entryCreateInput.parse(volunteer("2,5"))).toMatchObject({ hours: 2.5 });
  });

  it("say a date before 2000 is too early rather than badly written", () => {
    expect(messages(entryCreateInput.safeParse({ ...volunteer("4"), occurredOn: "05/03/1999" }))).toEqual({
      occurredOn: "Ngày tham gia không được trước năm 2000",
    });
  });
});

describe("a member's birth and join dates", () => {
  const member = (birthDate: string, joinedUnionAt: string) => ({
    fullName: "Nguyễn Văn A",
    chiDoanId: crypto.randomUUID(),
    requestKey: crypto.randomUUID(),
    birthDate,
    joinedUnionAt,
  });

  it("refuses a join before the birth date, or before the age of 14, beside the join date", () => {
    expect(messages(memberCreateInput.safeParse(member("05/03/1960", "26/03/1950")))).toEqual({
      joinedUnionAt: "Ngày vào Đoàn không được trước ngày sinh",
    });
    expect(messages(memberCreateInput.safeParse(member("05/03/1995", "04/03/2009")))).toEqual({
      joinedUnionAt: "Ngày vào Đoàn không hợp lý: khi đó chưa đủ 14 tuổi (Đoàn kết nạp từ 16 tuổi)",
    });
    // 14 the day before: allowed (warned in the form), as the demo data's 14-year-olds are.
    expect(memberCreateInput.safeParse(member("05/03/1995", "05/03/2009")).success).toBe(true);
    expect(memberCreateInput.safeParse(member("", "26/03/1950")).success).toBe(true);
  });

  it("counts whole years, the birthday included", () => {
    expect(ageOn(day(1995, 3, 5), day(2011, 3, 4))).toBe(15);
    expect(ageOn(day(1995, 3, 5), day(2011, 3, 5))).toBe(16);
    expect(ageOn(day(2000, 2, 29), day(2016, 2, 28))).toBe(15);
    expect(joinDateProblem(day(1995, 3, 5), day(1995, 3, 5))).toMatch(/chưa đủ 14 tuổi/);
    expect(joinDateProblem(null, day(1950, 1, 1))).toBeNull();
  });

  it("warns, without refusing, about a member under 16 or past 30, and a join under 16 or past 30", () => {
    const today = day(2026, 6, 1);
    expect(memberAgeWarnings(day(2000, 3, 5), day(2016, 3, 26), today)).toEqual([]);
    expect(memberAgeWarnings(day(2012, 1, 1), null, today)).toEqual(["Mới 14 tuổi: chưa đủ tuổi Đoàn (từ 16 tuổi)"]);
    expect(memberAgeWarnings(day(1990, 1, 1), day(2005, 3, 26), today)).toEqual([
      "Đã 36 tuổi: quá tuổi Đoàn (30 tuổi)",
      "Vào Đoàn khi mới 15 tuổi (thường từ 16 tuổi)",
    ]);
    expect(memberAgeWarnings(day(1990, 1, 1), day(2022, 3, 26), today)).toEqual([
      "Đã 36 tuổi: quá tuổi Đoàn (30 tuổi)",
      "Vào Đoàn khi đã 32 tuổi (quá tuổi Đoàn)",
    ]);
    // What the schema refuses, or a future birth date, is not warned about twice.
    expect(memberAgeWarnings(day(1960, 3, 5), day(1950, 3, 26), today)).toEqual(["Đã 66 tuổi: quá tuổi Đoàn (30 tuổi)"]);
    expect(memberAgeWarnings(day(2030, 1, 1), null, today)).toEqual([]);
    expect(memberAgeWarnings(null, day(2010, 1, 1), today)).toEqual([]);
  });
});

describe("indicator targets", () => {
  const indicator = (over: Record<string, unknown>) => ({
    code: "CT1",
    wording: "Đề xuất ít nhất 1.000 ý tưởng, sáng kiến",
    measure: "RECORD_COUNT",
    recordKind: "IDEA",
    targetKind: "AT_LEAST",
    target: 1000,
    unitLabel: "ý tưởng",
    appliesTo: "KHOI",
    period: "YEAR",
    ...over,
  });

  it("cap a count at 1.000.000 and money at 1.000 tỷ đồng, each with its message", () => {
    expect(messages(indicatorDraft.safeParse(indicator({ target: 999_999_999_999 })))).toEqual({
      target: "Chỉ tiêu quá lớn (tối đa 1.000.000)",
    });
    expect(indicatorDraft.safeParse(indicator({ target: 1_000_000 })).success).toBe(true);
    const money = { measure: "MONEY", recordKind: null, unitLabel: "đồng" };
    expect(indicatorDraft.safeParse(indicator({ ...money, target: 999_999_999_999 })).success).toBe(true);
    expect(messages(indicatorDraft.safeParse(indicator({ ...money, target: 1e13 })))).toEqual({
      target: "Chỉ tiêu quá lớn (tối đa 1.000 tỷ đồng)",
    });
  });

  it("cap the minimum and the yearly split the same way", () => {
    const r = indicatorDraft.safeParse(
      indicator({
        appliesTo: "EACH_CO_SO",
        measure: "ENTERED",
        recordKind: null,
        target: 10,
        minTarget: 2_000_000,
        period: "TERM",
        yearTargets: [
          { year: 2026, target: 5 },
          { year: 2027, target: 5_000_000 },
        ],
      }),
    );
    expect(messages(r)).toMatchObject({
      minTarget: "Chỉ tiêu quá lớn (tối đa 1.000.000)",
      "yearTargets.1.target": "Chỉ tiêu quá lớn (tối đa 1.000.000)",
    });
  });

  it("leave the count ceiling of a cơ sở's own target to the server, which knows the measure", () => {
    const ref = { id: crypto.randomUUID(), planVersion: 0 };
    expect(indicatorTargetInput.safeParse({ ...ref, target: "999999999999" }).success).toBe(true);
    expect(messages(indicatorTargetInput.safeParse({ ...ref, target: "2e12" }))).toEqual({
      target: "Chỉ tiêu quá lớn (tối đa 1.000 tỷ đồng)",
    });
    expect(targetTooLarge("RECORD_COUNT", 999_999_999_999)).toBe("Chỉ tiêu quá lớn (tối đa 1.000.000)");
    expect(targetTooLarge("ENTERED", 1_000_000)).toBeNull();
    expect(targetTooLarge("MONEY", 999_999_999_999)).toBeNull();
  });

  it("and an activity's participation counts name their ceiling", () => {
    const r = participationReportInput.safeParse({
      id: crypto.randomUUID(),
      version: 0,
      people: "2000000",
      participations: "2000000",
      evidence: "Ảnh",
    });
    expect(messages(r)).toEqual({
      people: "Số người tham gia quá lớn (tối đa 1.000.000)",
      participations: "Số lượt tham gia quá lớn (tối đa 1.000.000)",
    });
  });
});

describe("progress going back", () => {
  const update = (over: Record<string, unknown>) =>
    projectProgressInput.safeParse({
      projectId: crypto.randomUUID(),
      requestKey: crypto.randomUUID(),
      body: "Cập nhật",
      ...over,
    });

  it("carries the unit's confirmation as a ticked box, and nothing else", () => {
    expect(update({ percent: "60" }).data?.confirmBackward).toBe(false);
    for (const yes of [true, "true", "on"])
      expect(update({ percent: "60", confirmBackward: yes }).data?.confirmBackward).toBe(true);
    for (const no of [false, "false", "", null])
      expect(update({ percent: "60", confirmBackward: no }).data?.confirmBackward).toBe(false);
    expect(update({ percent: "60", confirmBackward: "yes" }).success).toBe(false);
  });

  it("is a percent below the last one, and says which one it was", () => {
    expect(goesBack(80, 60)).toBe(true);
    expect(goesBack(80, 80)).toBe(false);
    expect(goesBack(80, null)).toBe(false);
    expect(backwardMessage(80)).toMatch(/^Tiến độ thấp hơn lần báo cáo trước \(80%\)\./);
  });

  it("is marked in the list of updates with the percent it went down from", () => {
    const newestFirst = [{ progress: 60 }, { progress: null }, { progress: 80 }, { progress: 30 }];
    expect(markDrops(newestFirst).map((u) => u.droppedFrom)).toEqual([80, null, null, null]);
    expect(markDrops([{ progress: 0 }])).toEqual([{ progress: 0, droppedFrom: null }]);
  });
});
