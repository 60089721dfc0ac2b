import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { plansForRounds } from "@/lib/data/honour-rounds";
import { listTitles } from "@/lib/data/honour-titles";
import { planTitle } from "@/lib/domain/plan-labels";
import { todayInVietnam } from "@/lib/domain/dates";
import { planInForce } from "@/lib/domain/plan-in-force";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { RoundForm } from "@/components/honours/round-form";

export const metadata: Metadata = { title: "Mở đợt xét chọn" };

export default async function OpenRoundPage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "honour.manage", { at: ["KHOI"] })) notFound();
  const [plans, titles] = await Promise.all([plansForRounds(viewer), listTitles(viewer)]);
  return (
    <>
      <PageHeader title="Mở đợt xét chọn" description="Cơ sở được thông báo và gửi đề xuất đến hạn." />
      {plans.length === 0 || titles.length === 0 ? (
        <EmptyState title={plans.length === 0 ? "Chưa có kế hoạch đã ban hành" : "Chưa có danh hiệu"}>
          {plans.length === 0 ? (
            <Link href="/ke-hoach" className="text-doan-700 underline">
              Ban hành một kế hoạch
            </Link>
          ) : (
            <Link href="/khen-thuong/danh-hieu/moi" className="text-doan-700 underline">
              Thêm danh hiệu
            </Link>
          )}{" "}
          trước khi mở đợt xét chọn.
        </EmptyState>
      ) : (
        <Card>
          <RoundForm
            plans={plans.map((p) => ({
              id: p.id,
              label: planTitle(p),
              inForce: planInForce(p, todayInVietnam()),
              indicators: p.indicators,
            }))}
            titles={titles.map((t) => ({ id: t.id, name: t.name }))}
          />
        </Card>
      )}
    </>
  );
}
