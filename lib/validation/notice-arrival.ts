import { z } from "zod";
import { isSitePath } from "@/lib/domain/notice-groups";
import { text } from "./fields";

/** The page the browser arrived on ("/cong-trinh/…?…"): a path of this site, as notices link to. */
export const noticeArrivalInput = z.object({
  path: text({ error: "Không tìm thấy trang" })
    .max(2000, { error: "Không tìm thấy trang" })
    .refine(isSitePath, { error: "Không tìm thấy trang" }),
});
