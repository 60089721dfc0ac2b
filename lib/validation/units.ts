import { z } from "zod";
import { id, requestKey, requiredText, version } from "./fields";

export const unitCreateInput = z.object({
  parentId: id("Vui lòng chọn đơn vị cấp trên"),
  name: requiredText("tên đơn vị", 200),
  clusterId: z
    .uuid()
    .nullish()
    .or(z.literal("").transform(() => null)),
  requestKey,
});

export const unitRenameInput = z.object({ id: id("Không tìm thấy đơn vị"), name: requiredText("tên đơn vị", 200), version });
export const unitMoveInput = z.object({
  id: id("Không tìm thấy đơn vị"),
  newParentId: id("Vui lòng chọn đơn vị cấp trên mới"),
  version,
});
export const unitClusterInput = z.object({
  id: id("Không tìm thấy đơn vị"),
  clusterId: z
    .uuid()
    .nullish()
    .or(z.literal("").transform(() => null)),
  version,
});
export const unitDeactivateInput = z.object({ id: id("Không tìm thấy đơn vị"), version });

export type UnitCreateInput = z.input<typeof unitCreateInput>;
