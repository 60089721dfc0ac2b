import { describe, expect, it } from "vitest";
import { currentHref } from "@/components/layout/portal-nav";

describe("the menu entry of the page shown", () => {
  const hrefs = ["/khoi", "/khoi/nhat-ky", "/khoi/tai-khoan", "/bao-cao", "/ke-hoach"];

  it("is the longest entry the path starts with", () => {
    expect(currentHref("/khoi/nhat-ky", hrefs)).toBe("/khoi/nhat-ky");
    expect(currentHref("/khoi", hrefs)).toBe("/khoi");
    expect(currentHref("/khoi/don-vi/abc", hrefs)).toBe("/khoi");
    expect(currentHref("/bao-cao/123/don-vi/456", hrefs)).toBe("/bao-cao");
  });

  it("is none for a page outside the menu or a name that only begins alike", () => {
    expect(currentHref("/thong-bao", hrefs)).toBeUndefined();
    expect(currentHref("/ke-hoach-cu", hrefs)).toBeUndefined();
  });
});
