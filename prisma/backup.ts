// `npm run db:backup -- [folder]`: a backup of the database and the evidence files into a new
// folder `portal-<time>` under `folder` (default ./backups), with a manifest of every table's rows
// and checksum and every file's SHA-256 (lib/db/backup.ts). The files come from FILES_DIR, or
// from the object store when FILES_STORE=s3. On PostgreSQL (DATABASE_URL, the
// owner's login) it runs beside a live server; the embedded database is copied while no server
// has it open (stop `npm start` first: the folder's lock says so otherwise).
import path from "node:path";
import { backupPglite, backupPostgres } from "@/lib/db/backup";
import { PGLITE_DIR } from "@/lib/db/adapters";
import { filesPlace } from "@/lib/storage/file-store";

async function main() {
  const parent = path.resolve(process.argv[2] ?? "backups");
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  const files = filesPlace();
  const dir = url ? await backupPostgres(url, files, parent) : await backupPglite(PGLITE_DIR, files, parent);
  console.log(
    `[backup] Đã sao lưu ${url ? "PostgreSQL" : "cơ sở dữ liệu nhúng"} và tệp minh chứng vào ${dir} (${Date.now() - started} ms).`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[backup] Sao lưu thất bại: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
