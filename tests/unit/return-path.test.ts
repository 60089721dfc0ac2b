import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "@/lib/auth/return-path";

describe("the page to return to after sign-in", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnPath("/ghi-nhan/moi")).toBe("/ghi-nhan/moi");
    expect(safeReturnPath("/doan-vien?q=lan&trang=2")).toBe("/doan-vien?q=lan&trang=2");
  });

  it("drops the flight marker of a client navigation", () => {
    expect(safeReturnPath("/bao-cao?_rsc=1x2y")).toBe("/bao-cao");
  });

  it.each([
    "//evil.example/ca-nhan",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/..//evil.example",
    "/.//evil.example",
    "/%2e%2e//evil.example",
    "/a/..//evil.example/x",
    "/\t/evil.example",
    "/ca-nhan\nx",
    "ca-nhan",
    "",
    null,
    undefined,
  ])("refuses %j, which could lead off the site", (raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it("does not return to the home, the sign-in page or the API", () => {
    expect(safeReturnPath("/")).toBeNull();
    expect(safeReturnPath("/dang-nhap?tiep=/x")).toBeNull();
    expect(safeReturnPath("/api/auth/session")).toBeNull();
  });

  it("builds the sign-in link with the page encoded", () => {
    expect(signInPath("/ghi-nhan/moi?loai=IDEA")).toBe("/dang-nhap?tiep=%2Fghi-nhan%2Fmoi%3Floai%3DIDEA");
    expect(signInPath("//evil.example")).toBe("/dang-nhap");
    expect(signInPath(undefined)).toBe("/dang-nhap");
  });
});
