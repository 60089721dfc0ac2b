import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in Debian's Chromium (Playwright cannot download browsers here) against the
// production build, served with its own embedded database seeded with the demo data.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const root = path.resolve(__dirname, "..");

export default defineConfig({
  testDir: "./e2e",
  // A real SMTP server for the portal's e-mails (the password reset reads its mail from it).
  globalSetup: "./e2e/smtp-sink.ts",
  outputDir: "../test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Pages render per request (CSP nonces) and navigation waits for the next page's first bytes:
  // on a busy 2-core machine that can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh demo database for every run, separate from the one `npm start` uses. No
    // NEXTAUTH_URL: sign-in and sign-out must follow the origin the portal is reached on.
    command: "rm -rf .data/e2e && npm start",
    cwd: root,
    url: `http://localhost:${PORT}/dang-nhap`,
    // The build runs first: on a loaded 2-core machine it takes longer than five minutes.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DIR: ".data/e2e/pglite",
      FILES_DIR: ".data/e2e/files",
      APP_MODE: "demo",
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}/?ignoreTLS=true`,
    },
  },
});
