import { describe, expect, it } from "vitest";
import { formatDateAsTyped, parseVietnameseDate } from "@/lib/domain/dates";

describe("a date typed on a phone's number pad", () => {
  it("gets its slashes as the digits come", () => {
    const typed = "29112026".split("").reduce<string[]>((seen, digit) => {
      seen.push(formatDateAsTyped((seen.at(-1) ?? "") + digit));
      return seen;
    }, []);
    expect(typed).toEqual(["2", "29/", "29/1", "29/11/", "29/11/2", "29/11/20", "29/11/202", "29/11/2026"]);
  });

  it("does not double a slash typed where one was just added", () => {
    const typed = "05/03/2026".split("").reduce((text, key) => formatDateAsTyped(text + key), "");
    expect(typed).toBe("05/03/2026");
    expect(formatDateAsTyped("05//")).toBe("05/");
    expect(formatDateAsTyped("05-03-")).toBe("05/03/");
  });

  it("formats eight pasted digits and drops a ninth", () => {
    expect(formatDateAsTyped("29112026")).toBe("29/11/2026");
    expect(formatDateAsTyped("291120261")).toBe("29/11/2026");
  });

  it("leaves slashes the user typed where they are", () => {
    expect(formatDateAsTyped("5/3")).toBe("5/3");
    expect(formatDateAsTyped("5/3/2026")).toBe("5/3/2026");
    expect(formatDateAsTyped("5/03")).toBe("5/03/");
  });

  it("is read on the server with or without the slashes", () => {
    expect(parseVietnameseDate("29112026")).toEqual(new Date(Date.UTC(2026, 10, 29)));
    expect(parseVietnameseDate("29/11/2026")).toEqual(new Date(Date.UTC(2026, 10, 29)));
    expect(parseVietnameseDate("31022026")).toBeNull();
    expect(parseVietnameseDate("2911202")).toBeNull();
  });
});
