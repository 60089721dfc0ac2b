// What a notice is about, read from its link, and which links a notice may send the browser to.
import { describe, expect, it } from "vitest";
import { groupOfLink, isSitePath, noticeGroup } from "@/lib/domain/notice-groups";

describe("groupOfLink", () => {
  it.each([
    ["/bao-cao/1/don-vi/2", "Báo cáo"],
    ["/khen-thuong/9", "Khen thưởng"],
    ["/thanh-doan/khen-thuong", "Khen thưởng"],
    ["/ca-nhan#ren-luyen", "Rèn luyện"],
    ["/ghi-nhan/5", "Rèn luyện"],
    ["/doi-mat-khau", "Tài khoản"],
    ["/ke-hoach", "Kế hoạch"],
  ])("%s → %s", (link, label) => expect(groupOfLink(link)?.label).toBe(label));

  it("does not take a longer word for its prefix, and knows no group for another page", () => {
    expect(groupOfLink("/ke-hoach-cu/1")).toBeNull();
    expect(groupOfLink("/co-so")).toBeNull();
  });

  it("knows a group only by its key", () => {
    expect(noticeGroup("bao-cao")?.label).toBe("Báo cáo");
    expect(noticeGroup("'; DROP")).toBeUndefined();
    expect(noticeGroup(undefined)).toBeUndefined();
  });
});

describe("isSitePath", () => {
  it.each(["/bao-cao/1", "/", "/ca-nhan#ren-luyen"])("%s stays on the site", (link) => expect(isSitePath(link)).toBe(true));
  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "",
  ])("%s is refused", (link) => expect(isSitePath(link)).toBe(false));
});
