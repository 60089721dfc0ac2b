// Which notice page the browser is on, if any: a notice's link ("/cong-trinh/1", "/cam-ket?year=
// 2026", "/hoat-dong/2#dang-ky") matches the path shown, with the query when the link has one;
// its "#part" never counts (the browser keeps it to itself).

/** The link to mark read on arriving at `pathname?search`, or null when no unread notice leads there. */
export function arrivedAt(links: string[], pathname: string, search: string): string | null {
  const here = search ? `${pathname}?${search}` : pathname;
  for (const link of links) {
    const page = link.split("#")[0];
    if (page === here) return page;
  }
  return null;
}
