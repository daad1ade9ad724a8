// Load pages in Debian's Chromium and record every script that runs and every request to another host.
//
//   node browser/script-and-request-recorder.mjs --urls urls.json --out records.json [--allow allowed.json]
//
// urls.json is a list of http://127.0.0.1:PORT/... addresses. records.json gets a list of
// {url, kind, what}: kind "script" for a script Chromium compiled in the page (inline,
// from a file, an event handler or a javascript: address), "dialog" for an alert, confirm
// or prompt, "marker" when the page set window.__ran, and "request" for a request to any
// host but the page's own, which is blocked. allowed.json, {"paths": [...], "sources": [...]},
// names the theme's own scripts: files by path and inline scripts by their text. The
// hostile pages test (tests/test_hostile_browser.py) expects no records.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import puppeteer from "puppeteer-core";

const CHROMIUM = process.env.PHB_CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];
const SETTLE_MS = 300; // event handlers such as onerror and ontoggle fire just after load

const { values } = parseArgs({ options: { urls: { type: "string" }, out: { type: "string" }, allow: { type: "string" } } });
if (!values.urls || !values.out) {
  console.error("usage: node browser/script-and-request-recorder.mjs --urls urls.json --out records.json [--allow allowed.json]");
  process.exit(1);
}
const allowed = values.allow ? JSON.parse(await readFile(values.allow, "utf8")) : { paths: [], sources: [] };
const allowedPaths = new Set(allowed.paths);
const allowedSources = new Set(allowed.sources.map((source) => source.trim()));
const urls = JSON.parse(await readFile(values.urls, "utf8"));
const records = [];

const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  for (const url of urls) {
    records.push(...(await record(url)));
  }
} finally {
  await browser.close();
}
await writeFile(values.out, JSON.stringify(records, null, 2));

async function record(url) {
  const found = [];
  const add = (kind, what) => found.push({ url, kind, what });
  const origin = new URL(url).origin;
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send("Debugger.enable");
  const sources = [];
  session.on("Debugger.scriptParsed", (script) => {
    const address = script.url || "(no address)";
    if (address.startsWith("pptr:") || (address.startsWith(origin) && allowedPaths.has(new URL(address).pathname))) return;
    sources.push(session.send("Debugger.getScriptSource", { scriptId: script.scriptId }).then(
      ({ scriptSource }) => allowedSources.has(scriptSource.trim()) || add("script", `${address}: ${scriptSource.slice(0, 200)}`),
      () => add("script", address),
    ));
  });
  page.on("dialog", async (dialog) => {
    add("dialog", dialog.message());
    await dialog.dismiss();
  });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const address = request.url();
    if (address.startsWith(origin) || address.startsWith("data:") || address.startsWith("about:")) {
      request.continue();
    } else {
      add("request", address);
      request.abort();
    }
  });
  try {
    await page.goto(url, { waitUntil: "load", timeout: 60000 });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const marker = await page.evaluate(() => window.__ran);
    if (marker !== undefined) add("marker", String(marker));
    await Promise.all(sources);
  } catch (error) {
    add("load", error.message);
  }
  await page.close();
  return found;
}
