// Page response times for signed-in roles (sequential requests against a running server):
// `npm start` in one shell, then `node tests/bench/pages.mjs`. Numbers go in the README.
import { signIn } from "./sign-in.mjs";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const login = (email) => signIn(base, email);
async function time(cookie, path, n = 30) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await fetch(base + path, { headers: { cookie } });
    await r.text();
    if (r.status !== 200) throw new Error(`${path} ${r.status}`);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${path.padEnd(32)} median ${ms[Math.floor(n / 2)].toFixed(0)} ms  p90 ${ms[Math.floor(n * 0.9)].toFixed(0)} ms`);
}
const admin = await login("khoi@demo.vn");
await time(admin, "/khoi");
await time(admin, "/doan-vien");
await time(admin, "/doan-vien?q=nguyen%20van");
await time(admin, "/khoi/tai-khoan");
// The current year's Khối plan is the first in the list (newest year, the Khối's plans first).
const plans = await (await fetch(base + "/ke-hoach", { headers: { cookie: admin } })).text();
const planId = /href="\/ke-hoach\/([0-9a-f-]{36})"/.exec(plans)[1];
await time(admin, "/ke-hoach");
await time(admin, `/ke-hoach/${planId}`);
await time(admin, `/ke-hoach/${planId}/word`);
await time(admin, "/hoat-dong");
// Logged work: the lists, a project page, the exports, and a member's whole record.
await time(admin, "/cong-trinh");
await time(admin, "/cong-trinh?q=cong%20so");
const projects = await (await fetch(base + "/cong-trinh", { headers: { cookie: admin } })).text();
await time(admin, `/cong-trinh/${/href="\/cong-trinh\/([0-9a-f-]{36})"/.exec(projects)[1]}`);
await time(admin, "/cong-trinh/xuat-excel", 10);
await time(admin, "/ghi-nhan?status=all");
await time(admin, "/ghi-nhan/xuat-excel?status=all", 10);
await time(admin, "/cam-ket");
const member = await login("doanvien@demo.vn");
await time(member, "/ca-nhan");
const coso = await login("coso@demo.vn");
await time(coso, "/co-so");
await time(coso, `/ke-hoach/${planId}`);
await time(coso, "/hoat-dong");
const city = await login("thanhdoan@demo.vn");
await time(city, "/thanh-doan");
