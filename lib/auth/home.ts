// Where each role lands after signing in.
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/authz";

const HOME_BY_ROLE: [Role, string][] = [
  ["KHOI_ADMIN", "/khoi"],
  ["KHOI_STAFF", "/khoi"],
  ["CO_SO_SECRETARY", "/co-so"],
  ["CHI_DOAN_SECRETARY", "/co-so"],
  ["CITY_STAFF", "/thanh-doan"],
  ["CITY_VIEWER", "/thanh-doan"],
  ["MEMBER", "/ca-nhan"],
  // A question officer who holds nothing else (an account made for answering only).
  ["QUESTION_OFFICER", "/hoi-dap"],
];

export function homePath(viewer: Viewer): string {
  for (const [role, path] of HOME_BY_ROLE) if (viewer.grants.some((g) => g.role === role)) return path;
  return "/khong-co-vai-tro";
}
