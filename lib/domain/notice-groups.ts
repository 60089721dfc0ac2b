// What a notice is about, read from the page it links to: the notices page filters by it, so no
// caller has to name a kind when it notifies.
export const NOTICE_GROUPS = [
  { key: "ke-hoach", label: "Kế hoạch", prefixes: ["/ke-hoach"] },
  { key: "hoat-dong", label: "Hoạt động", prefixes: ["/hoat-dong"] },
  { key: "cong-trinh", label: "Công trình", prefixes: ["/cong-trinh"] },
  { key: "ren-luyen", label: "Rèn luyện", prefixes: ["/ghi-nhan", "/cam-ket", "/ca-nhan"] },
  { key: "bao-cao", label: "Báo cáo", prefixes: ["/bao-cao"] },
  { key: "hoi-dap", label: "Hỏi đáp, cẩm nang", prefixes: ["/hoi-dap", "/cam-nang"] },
  { key: "kiem-tra", label: "Kiểm tra", prefixes: ["/kiem-tra"] },
  { key: "khen-thuong", label: "Khen thưởng", prefixes: ["/khen-thuong", "/thanh-doan/khen-thuong"] },
  { key: "tai-khoan", label: "Tài khoản", prefixes: ["/doi-mat-khau", "/khoi/tai-khoan"] },
] as const;

export type NoticeGroupKey = (typeof NOTICE_GROUPS)[number]["key"];

export const noticeGroup = (key: string | undefined) => NOTICE_GROUPS.find((g) => g.key === key);

/** The group a notice's link falls in ("/bao-cao/1/don-vi/2" → Báo cáo); null for none. */
export function groupOfLink(link: string) {
  return (
    NOTICE_GROUPS.find((g) => g.prefixes.some((p) => link === p || link.startsWith(`${p}/`) || link.startsWith(`${p}#`))) ?? null
  );
}

/**
 * Where a notice may send the browser: a path of this site only ("/…", never "//host" or
 * "/\\host", which browsers read as another site, nor one hiding control characters).
 */
export function isSitePath(link: string) {
  // Browsers drop tabs and line breaks from a URL ("/\t/host" is "//host") and read "\\" as "/".
  return link.startsWith("/") && !link.startsWith("//") && !/[\p{Cc}\\]/u.test(link);
}
