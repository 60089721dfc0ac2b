// The secret that signs and encrypts session tokens. NEXTAUTH_SECRET wins; otherwise the first
// run generates one into the git-ignored data folder so `npm start` needs no configuration.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { DATA_DIR } from "@/lib/db/adapters";

const SECRET_FILE = path.join(DATA_DIR, "auth-secret");

export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!fs.existsSync(SECRET_FILE)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(SECRET_FILE, "utf8").trim();
}
