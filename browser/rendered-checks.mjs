// Browser checks that pa11y-ci does not make, on every page of a built site.
//
//   node browser/rendered-checks.mjs --urls urls.json --out findings.json [--concurrency 2]
//
// urls.json is a list of {url, site}: an http://127.0.0.1:PORT/... address and its site (public or
// staff). findings.json gets a list of
// {url, check, severity, message, selector, wcag}. Progress goes to stderr, one line a page.
// Exit 0 when every page was checked (whatever was found), 1 when the checks could not run.
//
// Checks, each with a stable id:
//   WCAG22-<axe rule>    axe-core rules tagged wcag22aa (for example target-size), which
//                        pa11y's axe runner does not select
//   THIRD-PARTY-REQUEST  the page asked for something from another host (blocked, recorded)
//   SKIP-LINK            the first Tab stop is a link that skips to the page's content
//   FOCUS-VISIBLE        each of the first Tab stops looks different when focused
//   LANDMARKS            main, banner, navigation and contentinfo landmarks are present
//   REFLOW-320           nothing makes the page scroll sideways at 320 CSS pixels wide
// and the keyboard and screen reader checks of keyboard-checks.mjs (WCAG22-FOCUS-OBSCURED,
// PHB-PREV-NEXT-LEAVES-OFFER, WCAG-NAV-IN-MAIN, PHB-LINK-TEXT-ADDRESS, PHB-STAFF-TITLE, PHB-CONTACT-NEAR-TOP).
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import puppeteer from "puppeteer-core";
import {
  contactWithinReach, focusNotObscured, linkWordsAreNotAddresses, navigationOutsideMain, prevNextStaysInOffer, staffTitle,
} from "./keyboard-checks.mjs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const CHROMIUM = process.env.PHB_CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];
const FOCUS_STOPS = 8;
const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };

const { values } = parseArgs({
  options: { urls: { type: "string" }, out: { type: "string" }, concurrency: { type: "string", default: "2" } },
});
if (!values.urls || !values.out) {
  console.error("usage: node browser/rendered-checks.mjs --urls urls.json --out findings.json [--concurrency 2]");
  process.exit(1);
}

const urls = JSON.parse(await readFile(values.urls, "utf8"));
const findings = [];
let checked = 0;

const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const queue = [...urls];
  const workers = Array.from({ length: Math.max(1, Number(values.concurrency)) }, async () => {
    // Each worker in its own browser context: with two tabs pressing keys in one context, Chromium
    // at times stopped answering one of them after some dozens of pages.
    const page = await (await browser.createBrowserContext()).newPage();
    for (let next = queue.shift(); next; next = queue.shift()) {
      findings.push(...(await checkPage(page, next.url, next.site)));
      checked += 1;
      console.error(`checked ${checked}/${urls.length} pages`);
    }
    await page.close();
  });
  await Promise.all(workers);
} finally {
  await browser.close();
}
await writeFile(values.out, JSON.stringify(findings, null, 2));

async function checkPage(page, url, site) {
  const found = [];
  const add = (check, severity, message, selector = "", wcag = "") =>
    found.push({ url, check, severity, message, selector, wcag });
  const origin = new URL(url).origin;
  const thirdParty = [];
  await page.setRequestInterception(true);
  page.removeAllListeners("request");
  page.on("request", (request) => {
    const address = request.url();
    if (address.startsWith("data:") || address.startsWith("blob:") || address.startsWith(origin)) {
      request.continue();
    } else {
      thirdParty.push(address);
      request.abort();
    }
  });
  try {
    await page.setViewport(DESKTOP);
    await page.goto(url, { waitUntil: "load", timeout: 60000 });
  } catch (error) {
    add("PAGE-LOAD", "error", `the page did not load: ${error.message}`);
    return found;
  }
  for (const address of new Set(thirdParty)) {
    add("THIRD-PARTY-REQUEST", "error", `the page asked for ${address}, from another website`, "", "");
  }
  await axeWcag22(page, add);
  await landmarks(page, add);
  await skipLink(page, add);
  await focusVisible(page, add);
  await reflow(page, add);
  await prevNextStaysInOffer(page, add);
  await navigationOutsideMain(page, add);
  await linkWordsAreNotAddresses(page, add);
  await staffTitle(page, add, site);
  await contactWithinReach(page, add);
  await focusNotObscured(page, add);
  return found;
}

async function axeWcag22(page, add) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag22aa"] }, resultTypes: ["violations", "incomplete"] }),
  );
  for (const [list, severity] of [[results.violations, "error"], [results.incomplete, "warning"]]) {
    for (const rule of list) {
      const wcag = rule.tags.filter((tag) => /^wcag\d{3,}$/.test(tag)).map((tag) => tag.slice(4).split("").join(".")).join(", ");
      for (const node of rule.nodes) {
        add(`WCAG22-${rule.id}`, severity, `${rule.help}${severity === "warning" ? " (needs a person to review)" : ""}`,
          node.target.join(" "), wcag);
      }
    }
  }
}

async function landmarks(page, add) {
  const missing = await page.evaluate(() => {
    const has = (selector) => document.querySelector(selector) !== null;
    const wanted = {
      main: "main, [role=main]",
      banner: "body > header, body > div > header, [role=banner]",
      navigation: "nav, [role=navigation]",
      contentinfo: "body > footer, body > div > footer, [role=contentinfo]",
    };
    return Object.entries(wanted).filter(([, selector]) => !has(selector)).map(([name]) => name);
  });
  for (const name of missing) {
    add("LANDMARKS", "error", `the page has no ${name} landmark`, "", "1.3.1");
  }
}

async function skipLink(page, add) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { ok: false, what: "nothing" };
    const href = element.getAttribute("href") || "";
    const what = element.outerHTML.slice(0, 100);
    if (element.tagName !== "A" || !href.startsWith("#") || href.length < 2) return { ok: false, what };
    return { ok: document.getElementById(decodeURIComponent(href.slice(1))) !== null, what };
  });
  if (!first.ok) {
    add("SKIP-LINK", "error", `the first thing Tab reaches is not a working skip link: ${first.what}`, "", "2.4.1");
  }
}

async function focusVisible(page, add) {
  await page.evaluate(() => {
    // How an element and its labels look: the drawer's checkbox shows its focus on its label.
    window.phbLook = (element) => [element, ...(element.labels ? [...element.labels] : [])].map((part) => {
      const style = getComputedStyle(part);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.backgroundColor,
        style.color, style.textDecorationLine, style.borderColor].join("|");
    }).join("||");
    if (document.activeElement) document.activeElement.blur();
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let stop = 0; stop < FOCUS_STOPS; stop += 1) {
    await page.keyboard.press("Tab");
    const result = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const focused = window.phbLook(element);
      const selector = element.id ? `#${element.id}` : `${element.tagName.toLowerCase()}${element.className ? "." + String(element.className).trim().split(/\s+/).join(".") : ""}`;
      const text = (element.textContent || element.getAttribute("aria-label") || "").trim().slice(0, 40);
      return { focused, selector, text, id: element.id };
    });
    if (!result) break;
    const unfocused = await page.evaluate(() => {
      const element = document.activeElement;
      element.blur();
      const look = window.phbLook(element);
      element.focus({ preventScroll: true });
      return look;
    });
    if (unfocused === result.focused) {
      add("FOCUS-VISIBLE", "error", `"${result.text || result.selector}" looks the same with and without keyboard focus`,
        result.selector, "2.4.7");
    }
  }
}

async function reflow(page, add) {
  // Measure the settled layout at 320 px, not a frame of the theme's sliding transitions: on a busy machine the
  // measurement could otherwise land mid-transition and report parts of the page that are only passing through.
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  await page.setViewport(NARROW);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const scrolls = (element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if ((overflow === "auto" || overflow === "scroll") && node !== document.documentElement && node !== document.body) return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !scrolls(element))
      .filter((element) => getComputedStyle(element).visibility !== "hidden")
      .slice(0, 3)
      .map((element) => element.tagName.toLowerCase() + (element.className ? "." + String(element.className).trim().split(/\s+/).join(".") : ""));
  });
  for (const selector of wide) {
    add("REFLOW-320", "error", "this part of the page is wider than a 320 pixel screen, so the page scrolls sideways", selector, "1.4.10");
  }
  await page.setViewport(DESKTOP);
}
