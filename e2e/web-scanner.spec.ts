import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { e2eOnPostgres } from "./helpers/e2e-database-url";
import { expect, test } from "./helpers/console-guard";

// A vulnerability scanner's crawl and attacks against the production server, as an auditor runs
// one. OWASP ZAP is neither in Debian's archive nor on npm; Debian's Wapiti (3.0.4) is, and
// .ci/run installs it. Its modules that need the internet (ssrf, xxe's endpoint, nikto and
// wapp's databases) or guess logins (which the lockout would answer) are left out. The pages
// and routes are the same on either database, so the scan runs once, in the SQLite pass.

test.skip(e2eOnPostgres(), "chạy một lần, ở lượt SQLite: giao diện HTTP giống nhau trên cả hai cơ sở dữ liệu");
test.describe.configure({ timeout: 600_000 });

const MODULES = ["backup", "blindsql", "cookieflags", "crlf", "csp", "exec", "file", "htaccess", "http_headers", "methods", "permanentxss", "redirect", "sql", "xss"];

// What the scanner reports that is a choice of a plain-HTTP test server, not a flaw: over HTTPS
// (NEXTAUTH_URL https://…) the portal sends HSTS and marks its cookies Secure (security-headers.spec.ts).
const EXPECTED_OVER_HTTP = new Set(["Secure Flag cookie", "HTTP Secure Headers"]);

type Finding = { method: string; path: string; info: string; parameter?: string };
type Report = { vulnerabilities: Record<string, Finding[]>; anomalies: Record<string, Finding[]>; infos?: Record<string, unknown> };

function wapitiInstalled(): boolean {
  return spawnSync("wapiti", ["--version"], { stdio: "ignore" }).status === 0;
}

test("a Wapiti scan of the portal finds no vulnerability and provokes no server error", async ({ baseURL }) => {
  if (!wapitiInstalled()) {
    // Under CI the scan is required; elsewhere it says how to get it.
    expect(process.env.CI, "wapiti chưa được cài (apt-get install wapiti)").toBeFalsy();
    test.skip(true, "wapiti chưa được cài: apt-get install -y --no-install-recommends wapiti");
  }
  const work = mkdtempSync(path.join(tmpdir(), "wapiti-"));
  const report = path.join(work, "report.json");
  try {
    execFileSync(
      "wapiti",
      [
        "-u", `${baseURL}/`,
        "--scope", "folder",
        "-m", MODULES.join(","),
        "-d", "3",
        "--max-links-per-page", "30",
        "--max-files-per-dir", "20",
        "--max-scan-time", "300",
        "--max-attack-time", "45",
        "-S", "normal",
        "-t", "10",
        // One client behind the suite's proxy, so the per-address limits count it as one.
        "-H", "X-Forwarded-For: 192.0.2.200",
        "--flush-session",
        "--store-session", path.join(work, "session"),
        "--store-config", path.join(work, "config"),
        "--no-bugreport",
        "-v", "0",
        "-f", "json",
        "-o", report,
      ],
      { stdio: ["ignore", "ignore", "inherit"], timeout: 540_000 },
    );
    const { vulnerabilities, anomalies } = JSON.parse(readFileSync(report, "utf8")) as Report;
    const found = Object.entries(vulnerabilities)
      .filter(([category]) => !EXPECTED_OVER_HTTP.has(category))
      .flatMap(([category, findings]) => findings.map((finding) => `${category}: ${finding.method} ${finding.path} ${finding.parameter ?? ""} ${finding.info}`));
    const errors = Object.entries(anomalies).flatMap(([category, findings]) => findings.map((finding) => `${category}: ${finding.method} ${finding.path} ${finding.info}`));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    // The scan did crawl and attack the site: its session database lists the pages and forms it
    // found and the attacks each module ran on them.
    const [sessionFile] = readdirSync(path.join(work, "session")).filter((name) => name.endsWith(".db"));
    const session = new Database(path.join(work, "session", sessionFile), { readonly: true });
    const crawled = (session.prepare("SELECT count(*) AS n FROM paths").get() as { n: number }).n;
    const attacked = (session.prepare("SELECT count(DISTINCT module_name) AS n FROM attack_log").get() as { n: number }).n;
    session.close();
    expect(crawled, "pages and forms crawled").toBeGreaterThan(30);
    expect(attacked, "attack modules that ran").toBeGreaterThanOrEqual(8);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
