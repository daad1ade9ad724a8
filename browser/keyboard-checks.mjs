// Keyboard and screen reader checks for browser/rendered-checks.mjs: what a person using a keyboard,
// a phone or a screen reader meets, which pa11y and axe do not look for.
//
//   WCAG22-FOCUS-OBSCURED        Tab forwards then backwards at desktop and phone widths: a focused element
//                                outside the window, or covered by a fixed or sticky part of the page
//   PHB-PREV-NEXT-LEAVES-OFFER   a Previous or Next link that goes to another offer (or from an offer to a
//                                site-wide page), so a reader can end up ringing another area's team
//   WCAG-NAV-IN-MAIN             a navigation landmark inside main, before its first heading: "jump to
//                                main" lands on the menu
//   PHB-LINK-TEXT-ADDRESS        a link whose words are a web address: a screen reader spells it out
//   PHB-STAFF-TITLE              a staff intranet page whose <title> does not say "Staff"
//   PHB-CONTACT-NEAR-TOP         on an offer's home page at 390 px, the first way to contact the team (a
//                                phone, text or email link) starts more than 1.5 screens down; or an
//                                offer's page has no Contact link in its header

export const FOCUS_WIDTHS = [{ width: 1280, height: 900 }, { width: 390, height: 844 }];
const FOCUS_STOPS = 150;
const SLACK = 2; // pixels: a focus ring touching the header is not hidden by it

export async function focusNotObscured(page, add) {
  // The settled layout, as in the reflow check: the drawer hides its links only after a transition.
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  for (const viewport of FOCUS_WIDTHS) {
    await page.setViewport(viewport);
    await page.evaluate(() => {
      // Start from the top: blur() alone leaves the browser's place in the tab order where it was.
      document.body.setAttribute("tabindex", "-1");
      document.body.focus();
      document.body.removeAttribute("tabindex");
      window.scrollTo(0, 0);
    });
    const seen = new Set();
    const report = (hidden, direction) => {
      if (!hidden || seen.has(hidden.selector + hidden.text)) return;
      seen.add(hidden.selector + hidden.text);
      const where = hidden.by ? `under ${hidden.by}` : "outside the window";
      add("WCAG22-FOCUS-OBSCURED", hidden.whole ? "error" : "warning",
        `"${hidden.text}" is ${hidden.whole ? "hidden" : "partly hidden"} ${where} when it takes keyboard focus ` +
        `at ${viewport.width} pixels wide (tabbing ${direction})`, hidden.selector, hidden.whole ? "2.4.11" : "2.4.12");
    };
    let stops = 0;
    for (let first = null; stops < FOCUS_STOPS; stops += 1) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(howHidden, SLACK);
      if (!stop.selector || stop.selector === first) break; // back at the start: every stop seen
      first = first || stop.selector;
      report(stop.hidden && stop, "forwards");
    }
    for (let back = 0; back < stops; back += 1) {
      await shiftTab(page);
      const stop = await page.evaluate(howHidden, SLACK);
      report(stop.hidden && stop, "backwards");
    }
  }
}

async function shiftTab(page) {
  await page.keyboard.down("Shift");
  await page.keyboard.press("Tab");
  await page.keyboard.up("Shift");
}

// Runs in the page: is the focused element (or the label that shows its focus) hidden, and by what?
// Points across each of its boxes are tested with elementFromPoint, which knows about scrolling boxes,
// covering layers and the window's edge.
function howHidden(slack) {
  const element = document.activeElement;
  if (!element || element === document.body) return { selector: "" };
  const describe = (node) => node.id ? `#${node.id}` : node.tagName.toLowerCase() +
    (typeof node.className === "string" && node.className.trim() ? "." + node.className.trim().split(/\s+/).join(".") : "");
  const selector = [element, element.parentElement, element.parentElement?.parentElement]
    .filter(Boolean).reverse().map(describe).join(" > ");
  // What shows the focus: the element, or for a see-through form field (the menu's checkbox) its labels.
  const seen = (node) => getComputedStyle(node).opacity !== "0" && getComputedStyle(node).visibility === "visible";
  const labels = element.labels ? [...element.labels].filter(seen) : [];
  const shown = seen(element) || !labels.length ? [element, ...labels] : labels;
  const boxes = shown.flatMap((part) => [...part.getClientRects()]).filter((box) => box.width >= 1 && box.height >= 1);
  const layer = (node) => {
    for (let up = node; up && up !== document.documentElement; up = up.parentElement) {
      const position = getComputedStyle(up).position;
      if (position === "fixed" || position === "sticky") return up;
    }
    return null;
  };
  let points = 0, hidden = 0, by = "";
  for (const box of boxes) {
    const inset = Math.max(0, Math.min(slack, box.width / 2 - 0.5, box.height / 2 - 0.5));
    for (const fx of [0, 0.5, 1]) {
      for (const fy of [0, 0.5, 1]) {
        const x = box.left + inset + fx * (box.width - 2 * inset);
        const y = box.top + inset + fy * (box.height - 2 * inset);
        points += 1;
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) { hidden += 1; continue; }
        const top = document.elementFromPoint(x, y);
        if (!top || shown.some((part) => part.contains(top) || top.contains(part))) continue;
        const cover = layer(top);
        if (!cover) continue; // something in the page's flow, such as a table cell's edge: not a layer on top
        hidden += 1;
        by = by || describe(cover);
      }
    }
  }
  const text = (element.textContent || element.getAttribute("aria-label") || describe(element)).trim().replace(/\s+/g, " ").slice(0, 50);
  // Part of a box bigger than half the window (a wide table that scrolls) is always out of view: only all of it counts.
  const outer = element.getBoundingClientRect();
  const big = outer.height > window.innerHeight / 2 || outer.width > window.innerWidth;
  return { selector, text, hidden: big ? hidden === points : hidden > 0, whole: hidden === points, by };
}

export async function prevNextStaysInOffer(page, add) {
  const leaving = await page.evaluate(() => {
    const offer = (address) => (new URL(address, location.href).pathname.match(/\/offers\/([^/]+)\//) || [])[1] || "";
    const here = offer(location.href);
    return [...document.querySelectorAll("a.md-footer__link")]
      .filter((link) => offer(link.href) !== here)
      .map((link) => ({ label: link.getAttribute("aria-label") || link.textContent.trim(), href: link.getAttribute("href"),
        selector: `a.${[...link.classList].join(".")}`, here }));
  });
  for (const link of leaving) {
    add("PHB-PREV-NEXT-LEAVES-OFFER", "error",
      `"${link.label}" goes to ${link.href}, outside ${link.here ? `the ${link.here} offer` : "the site-wide pages"}: ` +
      "a reader may not notice they are now reading about another area", link.selector, "3.2.3");
  }
}

export async function navigationOutsideMain(page, add) {
  // A menu inside main before the page's first heading; a list of filters further down is part of the content.
  const inside = await page.evaluate(() => {
    const main = document.querySelector("main, [role=main]");
    const heading = main && main.querySelector("h1, h2, h3, [role=heading]");
    if (!main) return [];
    return [...main.querySelectorAll("nav, [role=navigation]")]
      .filter((nav) => !nav.parentElement.closest("nav, [role=navigation]"))
      .filter((nav) => !heading || nav.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((nav) => nav.getAttribute("aria-label") || nav.className || "nav");
  });
  for (const name of inside) {
    add("WCAG-NAV-IN-MAIN", "error", `the navigation "${name}" is inside the main landmark, before its first ` +
      "heading, so a screen reader that jumps to the main content lands on menu links first", "main nav", "1.3.1");
  }
}

export async function linkWordsAreNotAddresses(page, add) {
  const addresses = await page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((link) => link.textContent.trim())
      .filter((words) => /^(https?:\/\/|www\.)\S+$/i.test(words)));
  for (const words of new Set(addresses)) {
    add("PHB-LINK-TEXT-ADDRESS", "error", `a link's words are the web address ${words.slice(0, 80)}: ` +
      "say where it goes instead", "a", "2.4.4");
  }
}

export async function staffTitle(page, add, site) {
  if (site !== "staff") return;
  const title = await page.title();
  if (!/\bStaff\b/.test(title)) {
    add("PHB-STAFF-TITLE", "error", `the staff page's title "${title}" does not say "Staff", so a tab or a ` +
      "bookmark does not show it is the intranet", "title", "2.4.2");
  }
}

export const PHONE = { width: 390, height: 844 };
const CONTACT_SCREENS = 1.5;

export async function contactWithinReach(page, add) {
  await page.setViewport(PHONE);
  const found = await page.evaluate((screens) => {
    const path = location.pathname;
    const offer = (path.match(/\/offers\/([^/]+)\//) || [])[1];
    if (!offer) return null;
    const contactPage = new RegExp(`/offers/${offer}/contact(/|/index\\.html|\\.html)?$`);
    const inHeader = [...document.querySelectorAll("header a[href]")]
      .some((link) => contactPage.test(new URL(link.href).pathname));
    const home = new RegExp(`/offers/${offer}/(index\\.html)?$`).test(path);
    const first = document.querySelector("main a[href^='tel:'], main a[href^='sms:'], main a[href^='mailto:']");
    const top = first ? first.getBoundingClientRect().top + window.scrollY : null;
    return { offer, inHeader, home, top, limit: screens * window.innerHeight };
  }, CONTACT_SCREENS);
  if (!found) return;
  if (!found.inHeader) {
    add("PHB-CONTACT-NEAR-TOP", "error", `the header has no Contact link to the ${found.offer} offer's contact page`,
      "header", "3.2.6");
  }
  if (found.home && (found.top === null || found.top > found.limit)) {
    const where = found.top === null ? "is not on the page" : `starts ${Math.round(found.top)} pixels down`;
    add("PHB-CONTACT-NEAR-TOP", "error", `the first way to contact the team (a phone, text or email link) ${where}: ` +
      `at ${PHONE.width} pixels wide it should start within ${CONTACT_SCREENS} screens (${found.limit} pixels)`, "main");
  }
}
