// The Khối plan's indicators in the bench data sets (large-tenant-tree, national-plans): one of every
// kind the roll-up handles, in plan order. The sets differ only where the target grows with the
// Khối, so each set words and sizes those itself; the rest is written once here.
import type { Prisma } from "@/lib/generated/prisma/client";

type Kind = Pick<
  Prisma.IndicatorCreateManyInput,
  "code" | "measure" | "recordKind" | "targetKind" | "appliesTo" | "honourLevel"
> & { unitLabel: string; minTarget?: number; months?: number[] };

/** The indicators whose target grows with the Khối. */
type SizedCode = "CT1" | "CT2" | "CT3" | "CT7" | "CT8" | "CT10" | "CT13" | "CT15";

/** A Khối plan indicator: fixed wording and target, or the set's own `Sized` where the target grows with the Khối. */
export type KhoiIndicator<Sized> = (Kind & { wording: string; target: number }) | (Kind & Sized);

/**
 * The plan's indicators with the set's wording and target for those that grow with the Khối. CT10
 * takes the set's unit too: the sets honour different things (members, projects).
 */
export function khoiPlanIndicators<Sized extends { wording: string }>(
  sized: Record<SizedCode, Sized> & { CT10: { unitLabel: string } },
): KhoiIndicator<Sized>[] {
  return [
    {
      code: "CT1",
      measure: "RECORD_COUNT",
      recordKind: "IDEA",
      targetKind: "AT_LEAST",
      unitLabel: "ý tưởng",
      appliesTo: "KHOI",
      ...sized.CT1,
    },
    {
      code: "CT2",
      measure: "RECORD_COUNT",
      recordKind: "TRAINING",
      targetKind: "AT_LEAST",
      unitLabel: "lượt",
      appliesTo: "KHOI",
      ...sized.CT2,
    },
    {
      code: "CT3",
      measure: "RECORD_COUNT",
      recordKind: "PROJECT",
      targetKind: "AT_LEAST",
      unitLabel: "công trình",
      appliesTo: "KHOI",
      ...sized.CT3,
    },
    {
      code: "CT4",
      wording: "100% cơ sở Đoàn có công trình, phần việc thanh niên",
      measure: "UNIT_SHARE",
      recordKind: "PROJECT",
      targetKind: "PERCENT",
      target: 100,
      unitLabel: "cơ sở Đoàn",
      appliesTo: "KHOI",
    },
    {
      code: "CT5",
      wording: "Mỗi cơ sở Đoàn có ít nhất 20 ý tưởng, sáng kiến",
      measure: "RECORD_COUNT",
      recordKind: "IDEA",
      targetKind: "AT_LEAST",
      target: 20,
      minTarget: 20,
      unitLabel: "ý tưởng",
      appliesTo: "EACH_CO_SO",
    },
    {
      code: "CT6",
      wording: "Mỗi cơ sở Đoàn có ít nhất 30 lượt học tập",
      measure: "RECORD_COUNT",
      recordKind: "TRAINING",
      targetKind: "AT_LEAST",
      target: 30,
      minTarget: 30,
      unitLabel: "lượt",
      appliesTo: "EACH_CO_SO",
    },
    {
      code: "CT7",
      measure: "RECORD_COUNT",
      recordKind: "PARTICIPATION",
      targetKind: "AT_LEAST",
      unitLabel: "lượt",
      appliesTo: "KHOI",
      ...sized.CT7,
    },
    {
      code: "CT8",
      measure: "RECORD_COUNT",
      recordKind: "PARTICIPATION",
      targetKind: "AT_LEAST",
      unitLabel: "lượt",
      appliesTo: "KHOI",
      months: [3],
      ...sized.CT8,
    },
    {
      code: "CT9",
      wording: "Tổ chức ít nhất 30 hoạt động cấp Khối",
      measure: "RECORD_COUNT",
      recordKind: "ACTIVITY",
      targetKind: "AT_LEAST",
      target: 30,
      unitLabel: "hoạt động",
      appliesTo: "KHOI",
    },
    {
      code: "CT10",
      measure: "RECORD_COUNT",
      recordKind: "HONOUR",
      targetKind: "AT_LEAST",
      appliesTo: "KHOI",
      honourLevel: "KHOI",
      ...sized.CT10,
    },
    {
      code: "CT11",
      wording: "60% đoàn viên tham gia học tập, bồi dưỡng",
      measure: "RECORD_COUNT",
      recordKind: "TRAINING",
      targetKind: "PERCENT",
      target: 60,
      unitLabel: "đoàn viên",
      appliesTo: "EACH_MEMBER",
    },
    {
      code: "CT12",
      wording: "100% cơ sở Đoàn có ý tưởng, sáng kiến",
      measure: "UNIT_SHARE",
      recordKind: "IDEA",
      targetKind: "PERCENT",
      target: 100,
      unitLabel: "cơ sở Đoàn",
      appliesTo: "KHOI",
    },
    {
      code: "CT13",
      measure: "RECORD_COUNT",
      recordKind: "PRODUCT",
      targetKind: "AT_LEAST",
      unitLabel: "sản phẩm",
      appliesTo: "KHOI",
      ...sized.CT13,
    },
    {
      code: "CT14",
      wording: "80% đoàn viên xếp loại hoàn thành tốt nhiệm vụ",
      measure: "ENTERED",
      targetKind: "PERCENT",
      target: 80,
      unitLabel: "đoàn viên",
      appliesTo: "KHOI",
    },
    {
      code: "CT15",
      measure: "MONEY",
      targetKind: "AT_LEAST",
      unitLabel: "đồng",
      appliesTo: "KHOI",
      ...sized.CT15,
    },
  ];
}
