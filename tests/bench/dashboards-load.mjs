// Signed-in pages under load (issue 18): 20 clients at once on each dashboard and busy list, for
// 10 s each, with autocannon, every request carrying a real session cookie. `npm start` in one
// shell, then `npm run bench:load` (BASE_URL, SECONDS, CONNECTIONS, PASSWORD). Numbers go in the
// README. Each page is fetched once first and must answer 200 with its heading, so a page that
// redirects to sign-in or errors is not timed as a fast one; then WARMUP seconds (3) of the same
// load go untimed, so the numbers are of a server that has run a while, not of its first
// compilation of the page's code (a fresh server served the Khối dashboard 15–20% slower).
import autocannon from "autocannon";
import { signIn } from "./sign-in.mjs";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const seconds = Number(process.env.SECONDS ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);
const warmup = Number(process.env.WARMUP ?? 3);

const accounts = {
  khoi: process.env.KHOI_EMAIL ?? "khoi@demo.vn",
  coSo: process.env.COSO_EMAIL ?? "coso@demo.vn",
  member: process.env.MEMBER_EMAIL ?? "doanvien@demo.vn",
  city: process.env.CITY_EMAIL ?? "thanhdoan@demo.vn",
};
const cookies = Object.fromEntries(await Promise.all(Object.entries(accounts).map(async ([k, e]) => [k, await signIn(base, e)])));

const pages = [
  { label: "Khối dashboard (/bang-dieu-khien)", who: "khoi", path: "/bang-dieu-khien", expect: "Bảng điều khiển" },
  { label: "cơ sở dashboard (/bang-dieu-khien)", who: "coSo", path: "/bang-dieu-khien", expect: "Bảng điều khiển" },
  { label: "city dashboard (/bang-dieu-khien)", who: "city", path: "/bang-dieu-khien", expect: "Bảng điều khiển" },
  { label: "Khối tree (/khoi)", who: "khoi", path: "/khoi", expect: "cơ sở" },
  { label: "cơ sở page (/co-so)", who: "coSo", path: "/co-so", expect: "" },
  { label: "a member's record (/ca-nhan)", who: "member", path: "/ca-nhan", expect: "" },
  { label: "member list (/doan-vien)", who: "khoi", path: "/doan-vien", expect: "" },
  { label: "entry list, all statuses (/ghi-nhan?status=all)", who: "khoi", path: "/ghi-nhan?status=all", expect: "" },
  { label: "sign-in page (/dang-nhap)", who: null, path: "/dang-nhap", expect: "" },
];
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;

console.log(`${connections} connections, ${seconds} s each after ${warmup} s untimed, ${base}`);
console.log(`${"page".padEnd(50)} req/s   median    p97.5     p99  errors`);
for (const page of pages) {
  if (only && !only.test(page.label)) continue;
  const headers = page.who ? { cookie: cookies[page.who] } : {};
  const first = await fetch(base + page.path, { headers, redirect: "manual" });
  const html = await first.text();
  if (first.status !== 200 || !html.includes(page.expect)) throw new Error(`${page.path} as ${page.who}: ${first.status}`);
  if (warmup > 0) await autocannon({ url: base + page.path, connections, duration: warmup, headers });
  const r = await autocannon({ url: base + page.path, connections, duration: seconds, headers });
  const bad = r.errors + r.timeouts + (r.non2xx ?? 0);
  console.log(
    `${page.label.padEnd(50)} ${r.requests.average.toFixed(0).padStart(5)} ${`${r.latency.p50} ms`.padStart(8)} ${`${r.latency.p97_5} ms`.padStart(8)} ${`${r.latency.p99} ms`.padStart(7)} ${String(bad).padStart(7)}`,
  );
}
