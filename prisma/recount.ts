// `npm run db:recount`: checks the kept counts of confirmed entries (per month, per member, and
// members with entries per span) against a full recount and lists every bucket that drifted (exit
// code 1). With `-- --fix` it rewrites them from the entries and checks again. Safe on a live
// server: it reads, and the rewrite holds writes to entries and members only while it runs.
import { closeDb } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { entryCountDrift, memberSpanDrift, memberYearDrift, recountEntryCounts } from "@/lib/data/entry-month-counts";

const spanLabel = (span: number) =>
  span === 0 ? "cả năm" : span === 13 ? "6 tháng đầu" : span === 14 ? "6 tháng cuối" : `tháng ${span}`;

async function main(): Promise<number> {
  const fix = process.argv.includes("--fix");
  return asSystem(async () => {
    let started = Date.now();
    const [drift, members, spans] = await Promise.all([entryCountDrift(), memberYearDrift(), memberSpanDrift()]);
    const lines = [
      ...drift.map(
        (d) =>
          `  Khối ${d.khoiId} · cơ sở ${d.coSoId} · ${d.kind} · tháng ${d.month}: lưu ${d.kept.entries} (${d.kept.hours} giờ), đếm ${d.counted.entries} (${d.counted.hours} giờ)`,
      ),
      ...members.map(
        (d) =>
          `  Khối ${d.khoiId} · đoàn viên ${d.memberId} · ${d.kind} · tháng ${d.month}/${d.year}: lưu ${d.kept}, đếm ${d.counted}`,
      ),
      ...spans.map(
        (d) =>
          `  Khối ${d.khoiId} · cơ sở ${d.coSoId} · ${d.kind} · ${spanLabel(d.span)}/${d.year}: lưu ${d.kept} đoàn viên có ghi nhận, đếm ${d.counted}`,
      ),
    ];
    console.log(`[recount] Đã đếm lại ghi nhận đã xác nhận (${Date.now() - started} ms): ${lines.length} ô lệch.`);
    for (const line of lines.slice(0, 50)) console.log(line);
    if (lines.length > 50) console.log(`  … và ${lines.length - 50} ô khác.`);
    if (!lines.length) return 0;
    if (!fix) {
      console.log("[recount] Chạy `npm run db:recount -- --fix` để ghi lại số đếm từ các ghi nhận.");
      return 1;
    }
    started = Date.now();
    await recountEntryCounts();
    const left = (await entryCountDrift()).length + (await memberYearDrift()).length + (await memberSpanDrift()).length;
    console.log(`[recount] Đã ghi lại số đếm (${Date.now() - started} ms): còn ${left} ô lệch.`);
    return left ? 1 : 0;
  });
}

main().then(
  async (code) => {
    await closeDb();
    process.exit(code);
  },
  async (error) => {
    console.error(`[recount] ${error instanceof Error ? error.message : error}`);
    await closeDb();
    process.exit(1);
  },
);
