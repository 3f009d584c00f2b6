// Site search in the browser, over the index the build wrote under /search/. Mirrors
// SearchText.words and SearchText.stem in Sources/TrustsiteCore/Rendering/SearchIndex.swift.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list || !window.fetch) { return; }

  var cache = {};
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch("/search/" + path).then(function (response) {
        return response.ok ? response.json() : null;
      }).catch(function () { return null; });
    }
    return cache[path];
  }

  function words(text) {
    return text.toLowerCase().replace(/['\u2019]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function stem(word) {
    var w = word;
    function strip(suffix, add) {
      if (w.length - suffix.length >= 3 && w.slice(-suffix.length) === suffix) {
        w = w.slice(0, -suffix.length) + (add || "");
        return true;
      }
      return false;
    }
    if (strip("ies", "y") || strip("sses", "ss")) {
      // done
    } else if (/s$/.test(w) && !/(ss|us|is)$/.test(w) && w.length > 3) {
      w = w.slice(0, -1);
    }
    if (strip("ing") || strip("ed") || strip("ly")) {
      var last = w.charAt(w.length - 1);
      if (w.length >= 2 && w.charAt(w.length - 2) === last && "lsz".indexOf(last) < 0) { w = w.slice(0, -1); }
    }
    if (/e$/.test(w) && w.length > 3) { w = w.slice(0, -1); }
    return w;
  }

  function shard(term, length) {
    var prefix = term.slice(0, length);
    return /^[a-z0-9]+$/.test(prefix) ? prefix : "other";
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  // Wraps the words of the text whose stems match the query's in <mark>.
  function highlight(text, stems) {
    return text.split(/([\p{L}\p{N}'\u2019]+)/u).map(function (part) {
      var safe = escapeHTML(part);
      if (!/[\p{L}\p{N}]/u.test(part)) { return safe; }
      var s = stem(part.toLowerCase().replace(/['\u2019]/g, ""));
      var hit = stems.some(function (q) { return s === q || (q.length >= 3 && s.indexOf(q) === 0); });
      return hit ? "<mark>" + safe + "</mark>" : safe;
    }).join("");
  }

  var latest = 0;
  function search(query) {
    var ticket = ++latest;
    var stems = words(query).map(stem).filter(function (s) { return s.length >= 2; });
    if (!stems.length) {
      list.innerHTML = "";
      status.textContent = "";
      return;
    }
    // The word lists are split by each word's first letter, or first two on a large site (meta.shard).
    load("meta.json")
      .then(function (meta) {
        var length = (meta && meta.shard) || 2;
        return Promise.all([meta].concat(stems.map(function (s) { return load("words-" + shard(s, length) + ".json"); })));
      })
      .then(function (loaded) {
        var meta = loaded[0];
        // For each query word: the index's words it matches (itself, and while typing the last
        // word, up to five longer words it begins, the commonest first).
        var wanted = stems.map(function (q, i) {
          var words = loaded[i + 1] || {};
          var found = [];
          if (words[q]) { found.push({ number: words[q][0], file: words[q][2], exact: true }); }
          if (i === stems.length - 1 && q.length >= 3) {
            Object.keys(words).filter(function (w) { return w !== q && w.indexOf(q) === 0; })
              .sort(function (a, b) { return words[b][1] - words[a][1]; }).slice(0, 5)
              .forEach(function (w) { found.push({ number: words[w][0], file: words[w][2], exact: false }); });
          }
          return found;
        });
        var files = [];
        wanted.forEach(function (found) { found.forEach(function (f) { files.push(load("p" + f.file + ".json")); }); });
        return Promise.all(files).then(function (lists) {
          return { meta: meta, wanted: wanted, lists: lists };
        });
      })
      .then(function (result) {
        var meta = result.meta;
        var scores = {};
        var matched = {};
        var next = 0;
        result.wanted.forEach(function (found, i) {
          found.forEach(function (f) {
            ((result.lists[next++] || {})[f.number] || []).forEach(function (posting) {
              var page = posting[0];
              scores[page] = (scores[page] || 0) + posting[1] * (f.exact ? 2 : 1);
              (matched[page] = matched[page] || {})[i] = true;
            });
          });
        });
        // Pages with every word first, then the best scores.
        var pages = Object.keys(scores).map(Number).sort(function (a, b) {
          var all = Object.keys(matched[b]).length - Object.keys(matched[a]).length;
          return all !== 0 ? all : scores[b] - scores[a];
        });
        var top = pages.slice(0, 20);
        var files = {};
        top.forEach(function (page) { files[Math.floor(page / meta.pagesPerFile)] = true; });
        return Promise.all(Object.keys(files).map(function (n) { return load("pages-" + n + ".json"); }))
          .then(function (chunks) {
            if (ticket !== latest) { return; }
            var byFile = {};
            Object.keys(files).forEach(function (n, i) { byFile[n] = chunks[i] || []; });
            list.innerHTML = top.map(function (page) {
              var row = byFile[Math.floor(page / meta.pagesPerFile)][page % meta.pagesPerFile];
              return "<li class=\"search-result\"><a href=\"" + escapeHTML(row[0]) + "\">" + highlight(row[1], stems) + "</a>"
                + "<p>" + highlight(row[2], stems) + "</p></li>";
            }).join("");
            var count = pages.length;
            status.textContent = count === 0
              ? "No pages found for \u201C" + query + "\u201D."
              : count + (count === 1 ? " page" : " pages") + " found for \u201C" + query + "\u201D"
                + (count > top.length ? ", showing the best " + top.length + "." : ".");
          });
      });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
  });
  // Down arrow from the box goes to the first result.
  input.addEventListener("keydown", function (event) {
    var first = list.querySelector("a");
    if (event.key === "ArrowDown" && first) {
      event.preventDefault();
      first.focus();
    }
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
