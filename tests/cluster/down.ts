// `npm run cluster:down`: stops what `npm run cluster:up` started (HAProxy, the app servers,
// PostgreSQL, the object store) and deletes its folder.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { alive, stopPid, type ClusterState } from "./cluster";
import { CLUSTER_DIR, STATE_FILE } from "./paths";

async function main() {
  if (!fs.existsSync(STATE_FILE)) {
    console.log("[cluster] Không có cụm máy chủ nào đang chạy.");
    return;
  }
  const state = JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) as ClusterState;
  const pids = [state.proxyPid, ...state.servers.map((s) => s.pid), ...state.objectStorePids];
  pids.forEach(stopPid);
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids.filter(alive)) process.kill(pid, "SIGKILL");
  // The standby first: stopped after its primary, it would wait for it.
  for (const data of [...state.pgData].reverse()) {
    if (fs.existsSync(path.join(data, "postmaster.pid"))) {
      const asRoot = process.getuid?.() === 0;
      const pgCtl = path.join(state.pgBin, "pg_ctl");
      const args = ["-D", data, "-m", "fast", "-w", "stop"];
      spawnSync(asRoot ? "runuser" : pgCtl, asRoot ? ["-u", "postgres", "--", pgCtl, ...args] : args, { stdio: "inherit" });
    }
    fs.rmSync(path.dirname(data), { recursive: true, force: true });
  }
  fs.rmSync(CLUSTER_DIR, { recursive: true, force: true });
  console.log("[cluster] Đã dừng cụm máy chủ.");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[cluster] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
