// The public site under load (issue 14): 20 clients at once on each public page, for 15 s each,
// with autocannon. `npm start` in one shell, then `npm run bench:public`. Numbers go in the README.
import autocannon from "autocannon";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const site = process.env.SITE ?? "/doan-khoi/dan-chinh-dang-tphcm";
const seconds = Number(process.env.SECONDS ?? 15);

const list = await (await fetch(`${base}${site}/hoi-dap`)).text();
const answer = /href="(\/doan-khoi\/[^"]+\/hoi-dap\/[0-9a-f-]{36})"/.exec(list)?.[1];
const showcase = await (await fetch(`${base}${site}/dien-hinh`)).text();
const profile = /href="(\/doan-khoi\/[^"]+\/dien-hinh\/[0-9a-f-]{36})"/.exec(showcase)?.[1];
const pages = [
  site,
  `${site}/hoi-dap`,
  `${site}/hoi-dap?q=${encodeURIComponent("dang ky ho kinh doanh")}`,
  ...(answer ? [answer] : []),
  `${site}/hoi-dap/dat-cau-hoi`,
  `${site}/dien-hinh`,
  ...(profile ? [profile] : []),
  "/sitemap.xml",
];

console.log(`${"page".padEnd(58)} req/s   median    p97.5     p99  errors`);
for (const path of pages) {
  const r = await autocannon({ url: base + path, connections: 20, duration: seconds });
  const bad = r.errors + r.timeouts + (r.non2xx ?? 0);
  console.log(
    `${path.slice(0, 57).padEnd(58)} ${r.requests.average.toFixed(0).padStart(5)} ${`${r.latency.p50} ms`.padStart(8)} ${`${r.latency.p97_5} ms`.padStart(8)} ${`${r.latency.p99} ms`.padStart(7)} ${String(bad).padStart(7)}`,
  );
}
