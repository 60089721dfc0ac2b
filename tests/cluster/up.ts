// `npm run cluster:up [-- --servers 3 --replica]`: starts the several-server set (cluster.ts) in the
// background and leaves it running: PostgreSQL with the demo data, the object store of the evidence
// files, the app servers and HAProxy,
// every port on the loopback. `npm run cluster:down` stops it.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { alive, startCluster, type ClusterState } from "./cluster";
import { CLUSTER_DIR, STATE_FILE } from "./paths";

async function main() {
  const { values } = parseArgs({
    options: {
      servers: { type: "string", default: "2" },
      port: { type: "string", default: "3400" },
      replica: { type: "boolean", default: false },
    },
  });
  const servers = Number(values.servers);
  const proxyPort = Number(values.port);
  if (!Number.isInteger(servers) || servers < 1 || servers > 8) throw new Error("--servers: từ 1 đến 8");
  if (fs.existsSync(STATE_FILE)) {
    const old = JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) as ClusterState;
    if (alive(old.proxyPid) || old.servers.some((s) => alive(s.pid)))
      throw new Error(`cụm máy chủ đang chạy tại ${old.proxyUrl}: chạy npm run cluster:down trước`);
  }
  fs.rmSync(CLUSTER_DIR, { recursive: true, force: true });
  const cluster = await startCluster({ dir: CLUSTER_DIR, servers, proxyPort, replica: values.replica });
  fs.writeFileSync(STATE_FILE, JSON.stringify(cluster.state(), null, 2));
  console.log(`[cluster] ${servers} máy chủ sau HAProxy: ${cluster.proxyUrl}`);
  for (const s of cluster.servers)
    console.log(`[cluster]   ${s.name}: ${s.url} (pid ${s.pid()}, log ${path.join(CLUSTER_DIR, `${s.name}.log`)})`);
  console.log(`[cluster] PostgreSQL: ${cluster.databaseUrl}`);
  if (cluster.replicaUrl) console.log(`[cluster] Máy chủ đọc (replica): ${cluster.replicaUrl}`);
  console.log(`[cluster] Kho tệp minh chứng (S3, OpenStack Swift): ${cluster.objects.endpoint}, bucket evidence`);
  console.log("[cluster] Dừng: npm run cluster:down");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[cluster] Không khởi động được: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
