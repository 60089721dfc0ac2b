// A real S3-compatible object store on 127.0.0.1 for the tests and the cluster: OpenStack Swift from
// Debian (account, container and object servers with one-device rings, and the proxy with its
// s3api middleware and tempauth) plus the memcached it needs. Swift checks the S3 signature, so a
// wrong secret is refused as by AWS. About 5 s to start.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, ListBucketsCommand } from "@aws-sdk/client-s3";
import { s3ClientFor } from "../../lib/storage/s3-store";
import { freePort } from "./pg-cluster";

export type ObjectStore = {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The processes, for a stop from another process (cluster:down) */
  pids: number[];
  /** The environment an app server needs to keep its files in `bucket` */
  env: (bucket: string) => Record<string, string>;
  stop: () => void;
};

const SERVERS = ["account", "container", "object"] as const;

function missingSwift(): never {
  throw new Error(
    "\n\n*** OpenStack Swift and memcached were not found (swift-proxy-server, memcached). ***\n" +
      "*** The object-store tests need them: apt-get install swift-proxy swift-account swift-container swift-object memcached ***\n",
  );
}

export function s3Client(store: Pick<ObjectStore, "endpoint" | "accessKeyId" | "secretAccessKey">, secret?: string) {
  return s3ClientFor({
    endpoint: store.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: store.accessKeyId, secretAccessKey: secret ?? store.secretAccessKey },
  });
}

export async function createBucket(store: ObjectStore, bucket: string) {
  const client = s3Client(store);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
}

/**
 * Starts the store with its files under `dir` (made if missing); `stop` ends every process, and
 * removes the folder when none was given.
 */
export async function startObjectStore(given?: string): Promise<ObjectStore> {
  const dir = given ?? fs.mkdtempSync(path.join(os.tmpdir(), "swift-test-"));
  if (spawnSync("swift-proxy-server", ["--help"]).error || spawnSync("memcached", ["-h"]).error) missingSwift();
  fs.mkdirSync(path.join(dir, "srv", "d1"), { recursive: true });
  const user = os.userInfo().username;
  const [memcachePort, proxyPort, ...ports] = await Promise.all([freePort(), freePort(), ...SERVERS.map(() => freePort())]);
  const secretAccessKey = `test-${process.pid}-${Date.now()}`;
  const common = `bind_ip = 127.0.0.1\nswift_dir = ${dir}\nuser = ${user}\nworkers = 0\nlog_address = ${path.join(dir, "no-syslog")}\n`;

  fs.writeFileSync(
    path.join(dir, "swift.conf"),
    "[swift-hash]\nswift_hash_path_suffix = portal-test\nswift_hash_path_prefix = portal-test\n" +
      "[storage-policy:0]\nname = Policy-0\ndefault = yes\n",
  );
  // The three rings, one device each, written by Swift's own RingBuilder in one Python process
  // (swift-ring-builder would take one process per step: 9 of them, about 1 s each).
  const rings = spawnSync(
    "/usr/bin/python3",
    [
      "-c",
      "import sys\nfrom swift.common.ring import RingBuilder\n" +
        "for name, port in zip(sys.argv[2::2], sys.argv[3::2]):\n" +
        "    b = RingBuilder(4, 1, 1)\n" +
        "    b.add_dev({'region': 1, 'zone': 1, 'ip': '127.0.0.1', 'port': int(port), 'device': 'd1', 'weight': 1})\n" +
        "    b.rebalance()\n" +
        "    b.get_ring().save(f'{sys.argv[1]}/{name}.ring.gz')\n",
      dir,
      ...SERVERS.flatMap((name, i) => [name, String(ports[i])]),
    ],
    { encoding: "utf8" },
  );
  if (rings.status !== 0) throw new Error(`Swift's rings could not be made: ${rings.stderr}`);
  SERVERS.forEach((name, i) => {
    fs.writeFileSync(
      path.join(dir, `${name}-server.conf`),
      `[DEFAULT]\n${common}bind_port = ${ports[i]}\ndevices = ${path.join(dir, "srv")}\nmount_check = false\n` +
        `[pipeline:main]\npipeline = ${name}-server\n[app:${name}-server]\nuse = egg:swift#${name}\n`,
    );
  });
  const filters: Record<string, string> = {
    catch_errors: "",
    gatekeeper: "",
    healthcheck: "",
    proxy_logging: "",
    cache: `memcache_servers = 127.0.0.1:${memcachePort}\n`,
    listing_formats: "",
    s3api: "",
    // The S3 access key is "<account>:<user>", the secret the user's tempauth key.
    tempauth: `user_portal_files = ${secretAccessKey} .admin\n`,
    copy: "",
    slo: "",
    dlo: "",
  };
  const conf = path.join(dir, "proxy-server.conf");
  fs.writeFileSync(
    conf,
    `[DEFAULT]\n${common}bind_port = ${proxyPort}\n` +
      `[pipeline:main]\npipeline = ${Object.keys(filters).join(" ")} proxy_logging proxy-server\n` +
      "[app:proxy-server]\nuse = egg:swift#proxy\naccount_autocreate = true\n" +
      Object.entries(filters)
        .map(([name, settings]) => `[filter:${name}]\nuse = egg:swift#${name === "cache" ? "memcache" : name}\n${settings}`)
        .join(""),
  );

  const start = (command: string, args: string[], log: string) => {
    const out = fs.openSync(path.join(dir, log), "a");
    const child = spawn(command, args, { detached: true, stdio: ["ignore", out, out] });
    child.unref();
    return child.pid!;
  };
  const pids = [
    start(
      "memcached",
      ["-l", "127.0.0.1", "-p", String(memcachePort), "-m", "16", "-U", "0", ...(user === "root" ? ["-u", "root"] : [])],
      "memcached.log",
    ),
    ...SERVERS.map((name) => start(`swift-${name}-server`, [path.join(dir, `${name}-server.conf`)], `${name}.log`)),
    start("swift-proxy-server", [conf], "proxy.log"),
  ];
  const end = () => {
    for (const pid of pids)
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
  };
  const stop = () => {
    end();
    if (!given) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  const store = {
    endpoint: `http://127.0.0.1:${proxyPort}`,
    accessKeyId: "portal:files",
    secretAccessKey,
    pids,
    stop,
    env: (bucket: string) => ({
      FILES_STORE: "s3",
      FILES_S3_BUCKET: bucket,
      FILES_S3_ENDPOINT: `http://127.0.0.1:${proxyPort}`,
      AWS_ACCESS_KEY_ID: "portal:files",
      AWS_SECRET_ACCESS_KEY: secretAccessKey,
    }),
  };
  // Ready when the proxy answers, then when a signed request reaches the account server behind it.
  const client = s3Client(store);
  const deadline = Date.now() + 30_000;
  const ready = [
    () => fetch(`${store.endpoint}/healthcheck`).then((r) => r.ok || Promise.reject(new Error(`healthcheck ${r.status}`))),
    () => client.send(new ListBucketsCommand({})),
  ];
  for (const check of ready)
    for (;;) {
      try {
        await check();
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          end();
          throw new Error(`Swift did not start (logs in ${dir}): ${String(error)}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  client.destroy();
  return store;
}
