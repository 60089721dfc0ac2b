// "Nhắc các đoàn viên này": the reminder of this year's members who have not registered their
// commitment, for the list the reviewer is looking at (all their units, or one cơ sở or chi đoàn).
// The year is the server's (one reminds of this year's registration only); the members are read
// again on the server from these filters, never sent by the client.
import { z } from "zod";
import { id } from "./fields";

export const commitmentRemindInput = z.object({
  coSo: id("Không tìm thấy cơ sở Đoàn").optional(),
  chiDoan: id("Không tìm thấy chi đoàn").optional(),
});
export type CommitmentRemindInput = z.input<typeof commitmentRemindInput>;
