// `npm run files:move`: copies the evidence files from the folder (FILES_DIR) into the store the
// environment names (FILES_STORE=s3 and its FILES_S3_* settings), then checks that the store holds
// every file the database names. Run it before starting the servers on the store; a second run
// copies only what is missing. The folder is left as it was: remove it once the check is clean.
import { closeDb } from "@/lib/db/client";
import { filesMissingFrom, moveFiles } from "@/lib/data/stored-files";
import { FILES_DIR, storeFromEnv } from "@/lib/storage/file-store";
import { FolderFileStore } from "@/lib/storage/folder-store";

async function main(): Promise<number> {
  if ((process.env.FILES_STORE ?? "folder") === "folder") {
    console.error("[files] FILES_STORE chưa đặt là s3: không có kho nào để chuyển tệp sang (xem README, “Tệp minh chứng”).");
    return 1;
  }
  const from = new FolderFileStore(FILES_DIR);
  const to = storeFromEnv();
  const started = Date.now();
  console.log(`[files] Chuyển tệp minh chứng từ ${from.where} sang ${to.where}…`);
  const moved = await moveFiles(from, to, (done) => done % 200 === 0 && console.log(`[files]   ${done} tệp…`));
  console.log(
    `[files] Đã chép ${moved.copied} tệp, ${moved.already} tệp đã có sẵn (${Date.now() - started} ms).` +
      (moved.conflicts.length ? ` ${moved.conflicts.length} tệp đã có trong kho với kích thước khác, không ghi đè:` : ""),
  );
  for (const key of moved.conflicts) console.log(`  ${key}`);
  const { checked, missing } = await filesMissingFrom(to);
  console.log(
    `[files] Kiểm tra ${checked} tệp cơ sở dữ liệu ghi nhận: ${missing.length} tệp thiếu hoặc sai kích thước trong kho.`,
  );
  for (const row of missing.slice(0, 50)) console.log(`  Khối ${row.khoiId} · ${row.storageKey} · ${row.fileName}`);
  return moved.conflicts.length || missing.length ? 1 : 0;
}

main().then(
  async (code) => {
    await closeDb();
    process.exit(code);
  },
  (error) => {
    console.error(`[files] Chuyển tệp thất bại: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
