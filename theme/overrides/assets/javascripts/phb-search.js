/*
 * PHB site search: the only script the site loads, and only on the search page.
 *
 * The search page is a plain form (GET ?q=...), so it works as a link and by
 * keyboard; this script reads the query, looks it up in MkDocs' search index
 * and lists the matching pages. Without JavaScript the page says how to find
 * pages from the menu instead.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var SNIPPET_WORDS = 30;

  var form = document.querySelector("form.phb-search");
  var output = document.getElementById("phb-search-results");
  if (!form || !output || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var words = wordsOf(query);
  if (words.length === 0) {
    return;
  }

  output.textContent = "Searching…";
  fetch(form.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.statusText);
      }
      return response.json();
    })
    .then(function (index) {
      show(rank(index.docs || [], words));
    })
    .catch(function () {
      output.textContent = "Search is not working at the moment. You can find every page from the menu.";
    });

  function wordsOf(text) {
    return text.toLowerCase().split(/[^a-z0-9']+/).filter(function (word) {
      return word.length > 1;
    });
  }

  function plainText(html) {
    var element = document.createElement("div");
    element.innerHTML = html;
    return (element.textContent || "").replace(/\s+/g, " ").trim();
  }

  /* Sections that contain every word, best first: a word in the title counts five times. */
  function rank(docs, searchWords) {
    var pageTitles = {};
    docs.forEach(function (doc) {
      if (doc.location.indexOf("#") === -1) {
        pageTitles[doc.location] = plainText(doc.title);
      }
    });
    var seen = {};
    var results = [];
    docs.forEach(function (doc) {
      var page = doc.location.split("#")[0];
      var title = plainText(doc.title).toLowerCase();
      var text = plainText(doc.text);
      var haystack = title + " " + text.toLowerCase();
      var score = 0;
      for (var i = 0; i < searchWords.length; i++) {
        var word = searchWords[i];
        if (haystack.indexOf(word) === -1) {
          return;
        }
        score += (title.indexOf(word) === -1 ? 0 : 5) + haystack.split(word).length - 1;
      }
      var key = page + "|" + title;
      if (seen[key]) {
        return;
      }
      seen[key] = true;
      var pageTitle = pageTitles[page];
      var fullTitle = plainText(doc.title);
      if (pageTitle && pageTitle !== fullTitle) {
        fullTitle += " (" + pageTitle + ")";
      }
      results.push({ location: doc.location, title: fullTitle, text: text, score: score });
    });
    results.sort(function (a, b) {
      return b.score - a.score;
    });
    return results.slice(0, MAX_RESULTS);
  }

  function snippet(text, searchWords) {
    var tokens = text.split(" ");
    var start = 0;
    for (var i = 0; i < tokens.length; i++) {
      if (tokens[i].toLowerCase().indexOf(searchWords[0]) !== -1) {
        start = Math.max(0, i - 5);
        break;
      }
    }
    var part = tokens.slice(start, start + SNIPPET_WORDS).join(" ");
    return (start > 0 ? "… " : "") + part + (start + SNIPPET_WORDS < tokens.length ? " …" : "");
  }

  function show(results) {
    output.textContent = "";
    var summary = document.createElement("p");
    summary.textContent = results.length === 0
      ? "No pages match “" + query + "”. Try fewer or different words."
      : results.length + (results.length === 1 ? " result matches" : " results match") + " “" + query + "”.";
    output.appendChild(summary);
    if (results.length === 0) {
      return;
    }
    var list = document.createElement("ol");
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = form.getAttribute("data-root") + result.location;
      link.textContent = result.title;
      var text = document.createElement("p");
      text.textContent = snippet(result.text, words);
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
    output.appendChild(list);
  }
})();
