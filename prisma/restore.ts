// `npm run db:restore -- <backup folder>`: restores a backup made by `npm run db:backup` into an
// empty database (DATABASE_URL, the owner's login, of a database just created) or a new embedded
// database folder (PGLITE_DIR), and the files into an empty FILES_DIR (or, with FILES_STORE=s3, an
// empty bucket); then compares every table's
// rows and checksum and every file with the backup's manifest, and says what differs (exit code 1).
// The schema is the backup's release: `npm start` applies the newer migrations after it.
import path from "node:path";
import { restorePglite, restorePostgres } from "@/lib/db/backup";
import { PGLITE_DIR } from "@/lib/db/adapters";
import { filesPlace } from "@/lib/storage/file-store";

async function main(): Promise<number> {
  const from = process.argv[2];
  if (!from) {
    console.error("[restore] Cách dùng: npm run db:restore -- <thư mục bản sao lưu>");
    return 2;
  }
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  const files = filesPlace();
  const differences = url
    ? await restorePostgres(path.resolve(from), url, files)
    : await restorePglite(path.resolve(from), PGLITE_DIR, files);
  if (differences.length) {
    console.error(`[restore] Đã phục hồi nhưng ${differences.length} chỗ khác bản sao lưu:`);
    for (const line of differences.slice(0, 50)) console.error(`  ${line}`);
    return 1;
  }
  console.log(`[restore] Đã phục hồi từ ${path.resolve(from)}: mọi bảng và tệp khớp bản sao lưu (${Date.now() - started} ms).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[restore] Phục hồi thất bại: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
