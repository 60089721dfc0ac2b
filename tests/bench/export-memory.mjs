// The member export as the server process lives it (issue 18): `npm start` in one shell (on the
// national set: DATABASE_URL of a database `npm run bench:national` filled), then
// `SERVER_PID=<pid of the server> EMAIL=<Khối staff> npm run bench:export`. Signs in, downloads
// /doan-vien/xuat-excel to the end while reading the server's resident memory every 20 ms from
// /proc, and prints the time, the size and the RSS before, at its peak and after.
import fs from "node:fs";
import { signIn } from "./sign-in.mjs";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const pid = Number(process.env.SERVER_PID);
const email = process.env.EMAIL ?? "khoi@demo.vn";
const runs = Number(process.env.RUNS ?? 3);
if (!pid) throw new Error("SERVER_PID: the pid of the server process (`pgrep -f lib/server/start.mjs`)");

const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
const cookie = await signIn(base, email);
// A first request loads the page's code, so the runs measure the export, not the warm-up.
await (await fetch(`${base}/doan-vien`, { headers: { cookie } })).text();
console.log(`export of ${email}'s members, ${base}, server pid ${pid}`);
for (let run = 1; run <= runs; run++) {
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
  const t = performance.now();
  const res = await fetch(`${base}/doan-vien/xuat-excel`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`export: ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  clearInterval(sampler);
  console.log(
    `  run ${run}: ${((performance.now() - t) / 1000).toFixed(1)} s, ${(bytes / 2 ** 20).toFixed(1)} MB; ` +
      `server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB, ${rssMb().toFixed(0)} MB after`,
  );
}
