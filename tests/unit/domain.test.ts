import { describe, expect, it } from "vitest";
import { foldVietnamese, tidyName } from "@/lib/domain/text";
import { formatVietnameseDate, parseVietnameseDate } from "@/lib/domain/dates";
import { parseGender } from "@/lib/domain/labels";
import { memberCreateInput } from "@/lib/validation/members";
import { homePath } from "@/lib/auth/home";

describe("Vietnamese text folding", () => {
  it("drops diacritics and đ so that “nguyen van” matches “Nguyễn Văn”", () => {
    expect(foldVietnamese("  Nguyễn   Văn Đức ")).toBe("nguyen van duc");
    expect(foldVietnamese("ĐẶNG THỊ HỒNG NHUNG")).toBe("dang thi hong nhung");
    expect(foldVietnamese("Nguyễn Văn").includes(foldVietnamese("nguyen van"))).toBe(true);
  });

  it("tidies a name typed with extra spaces, in composed form", () => {
    expect(tidyName(" Trần\u0020\u0020Thị  Hoa ")).toBe("Trần Thị Hoa");
    expect(tidyName("Nguye\u0302\u0303n")).toBe("Nguyễn");
  });
});

describe("dates as dd/mm/yyyy", () => {
  it("reads real dates, with or without leading zeros, as UTC midnight", () => {
    expect(parseVietnameseDate("05/03/1995")?.toISOString()).toBe("1995-03-05T00:00:00.000Z");
    expect(parseVietnameseDate("5/3/1995")?.toISOString()).toBe("1995-03-05T00:00:00.000Z");
  });

  it("refuses impossible dates and other shapes", () => {
    for (const bad of ["31/02/1995", "00/01/2000", "1995-03-05", "5/3/95", "abc", ""])
      expect(parseVietnameseDate(bad)).toBeNull();
  });

  it("writes dates back as dd/mm/yyyy", () => {
    expect(formatVietnameseDate(new Date(Date.UTC(1995, 2, 5)))).toBe("05/03/1995");
    expect(formatVietnameseDate(null)).toBe("");
  });
});

describe("gender", () => {
  it("reads Nam / Nữ / Khác whatever the case and accents", () => {
    expect(parseGender("Nam")).toBe("NAM");
    expect(parseGender("NỮ")).toBe("NU");
    expect(parseGender("nu")).toBe("NU");
    expect(parseGender("khác")).toBe("KHAC");
    expect(parseGender("x")).toBeNull();
  });
});

describe("member input", () => {
  const valid = { fullName: "Lê Thị Mai", chiDoanId: crypto.randomUUID(), requestKey: crypto.randomUUID() };

  it("explains each bad field in Vietnamese", () => {
    const result = memberCreateInput.safeParse({
      fullName: " ",
      chiDoanId: "x",
      birthDate: "31/02/1990",
      email: "abc",
      phone: "12",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      fullName: "Vui lòng nhập họ và tên",
      chiDoanId: "Vui lòng chọn chi đoàn",
      birthDate: "Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)",
      email: "Email không hợp lệ",
      phone: "Số điện thoại không hợp lệ",
      requestKey: "Thiếu mã biểu mẫu, vui lòng tải lại trang rồi gửi lại",
    });
  });

  it("turns empty optional fields into null and drops unknown keys", () => {
    const parsed = memberCreateInput.parse({ ...valid, email: "", phone: "", birthDate: "", khoiId: "evil", active: false });
    expect(parsed).toMatchObject({ email: null, phone: null, birthDate: null });
    expect(parsed).not.toHaveProperty("khoiId");
    expect(parsed).not.toHaveProperty("active");
  });

  it("refuses a birth date in the future", () => {
    expect(memberCreateInput.safeParse({ ...valid, birthDate: "01/01/2999" }).success).toBe(false);
  });
});

describe("role homes", () => {
  const viewer = (roles: string[]) =>
    ({
      userId: "u",
      email: "e",
      name: "n",
      mustChangePassword: false,
      grants: roles.map((role) => ({ role, unitId: "x", unitKind: "KHOI", unitName: "K", coSoId: null, khoiIds: ["x"] })),
    }) as never;

  it("sends each role to its home, the broadest role first", () => {
    expect(homePath(viewer(["KHOI_STAFF"]))).toBe("/khoi");
    expect(homePath(viewer(["MEMBER", "CO_SO_SECRETARY"]))).toBe("/co-so");
    expect(homePath(viewer(["QUESTION_OFFICER", "MEMBER"]))).toBe("/ca-nhan");
    expect(homePath(viewer(["QUESTION_OFFICER"]))).toBe("/hoi-dap");
    expect(homePath(viewer(["CITY_VIEWER"]))).toBe("/thanh-doan");
    expect(homePath(viewer(["MEMBER"]))).toBe("/ca-nhan");
    expect(homePath(viewer([]))).toBe("/khong-co-vai-tro");
  });
});

describe("dates typed with other separators", () => {
  it("reads 05-03-1995 and 05.03.1995 like 05/03/1995", () => {
    expect(parseVietnameseDate("05-03-1995")?.toISOString()).toBe("1995-03-05T00:00:00.000Z");
    expect(parseVietnameseDate("5.3.1995")?.toISOString()).toBe("1995-03-05T00:00:00.000Z");
  });
});
