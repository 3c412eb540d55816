// bitext review: the alignment editor's page. No library, no network beyond this server.
(function () {
  "use strict";
  var token = new URLSearchParams(location.search).get("token") || "";
  var state = null;
  var selected = null;     // link id
  var picked = null;       // sentence id
  var lowestFirst = false;

  function $(id) { return document.getElementById(id); }

  function say(text, isError) {
    var status = $("status");
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  function request(method, path, body) {
    var options = {method: method, headers: {"X-Bitext-Token": token}};
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().then(function (value) {
        if (!response.ok) { throw new Error(value.error || response.statusText); }
        return value;
      });
    });
  }

  function texts(doc) {
    var byId = {};
    doc.sentences.forEach(function (s) { byId[s.id] = s; });
    return byId;
  }

  // Lowest confidence first: automatic links without a score (nothing vouches for them)
  // at 0, the others by score; manual links last. The server decides which to mark.
  function reviewOrder(link) {
    if (link.status === "manual") { return 2; }
    return link.score === null ? 0 : link.score;
  }

  function orderedLinks() {
    var links = state.links.slice();
    if (lowestFirst) {
      links.sort(function (a, b) {
        return reviewOrder(a) - reviewOrder(b);
      });
    }
    return links;
  }

  function cell(ids, byId, lang) {
    var td = document.createElement("td");
    td.lang = lang;
    if (!ids.length) {
      td.className = "empty";
      td.textContent = "(nothing)";
      return td;
    }
    ids.forEach(function (id, k) {
      var span = document.createElement("span");
      span.className = "s" + (id === picked ? " picked" : "");
      span.dataset.id = id;
      span.textContent = byId[id] ? byId[id].text : id;
      span.addEventListener("click", function (event) {
        event.stopPropagation();
        picked = id;
        selected = span.closest("tr").dataset.id;
        render();
      });
      td.appendChild(span);
      if (k < ids.length - 1) { td.appendChild(document.createTextNode(" ")); }
    });
    return td;
  }

  function render() {
    var source = texts(state.source), target = texts(state.target);
    var body = document.querySelector("#links tbody");
    body.textContent = "";
    orderedLinks().forEach(function (link) {
      var row = document.createElement("tr");
      row.className = "link " + link.status +
        (link.review ? " low" : "") +
        (link.id === selected ? " selected" : "");
      row.dataset.id = link.id;
      row.appendChild(cell(link.source, source, state.source.lang));
      row.appendChild(cell(link.target, target, state.target.lang));
      var meta = document.createElement("td");
      var badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = link.status;
      meta.appendChild(badge);
      meta.appendChild(document.createElement("br"));
      meta.appendChild(document.createTextNode(
        link.source.length + "-" + link.target.length +
        (link.score === null ? "" : " · " + link.score.toFixed(2))));
      if (link.notes.length) {  // what a translation tool kept about the unit
        var notes = document.createElement("details");
        notes.className = "notes";
        // opening the notes is not a click on the row (which would draw the table again)
        notes.addEventListener("click", function (event) { event.stopPropagation(); });
        var summary = document.createElement("summary");
        summary.textContent = link.notes.length + (link.notes.length === 1 ? " note" : " notes");
        notes.appendChild(summary);
        link.notes.forEach(function (note) {
          var line = document.createElement("div");
          line.textContent = note.kind + (note.name ? " " + note.name : "") + ": " + note.text;
          notes.appendChild(line);
        });
        meta.appendChild(notes);
      }
      row.appendChild(meta);
      row.addEventListener("click", function () { selected = link.id; picked = null; render(); });
      body.appendChild(row);
    });
    var manual = state.links.filter(function (l) { return l.status === "manual"; }).length;
    var toReview = state.links.filter(function (l) { return l.review; }).length;
    $("title").textContent = "bitext review: " + state.file;
    $("summary").textContent = state.source.title + " | " + state.target.title + " | " +
      state.links.length + " links, " + manual + " checked, " + toReview + " to review first";
    $("source-head").textContent = "Source (" + state.source.lang + ")";
    $("target-head").textContent = "Target (" + state.target.lang + ")";
    $("undo").disabled = !state.canUndo;
    var row = selected && document.querySelector('tr.link[data-id="' + CSS.escape(selected) + '"]');
    if (row) { row.scrollIntoView({block: "nearest"}); }
  }

  function neighbourAfterEdit(previous, index) {
    var ids = orderedLinks().map(function (l) { return l.id; });
    if (ids.indexOf(previous) >= 0) { return previous; }
    return ids.length ? ids[Math.min(ids.length - 1, Math.max(0, index))] : null;
  }

  function edit(body, done) {
    var index = state ? orderedLinks().findIndex(function (l) { return l.id === selected; }) : 0;
    return request("POST", "api/edit", body).then(function (value) {
      state = value;
      selected = neighbourAfterEdit(selected, index);
      if (picked && !state.links.some(function (l) {
        return l.source.indexOf(picked) >= 0 || l.target.indexOf(picked) >= 0; })) { picked = null; }
      render();
      say(done + " (saved)");
    }).catch(function (error) { say(error.message, true); });
  }

  function needLink() {
    if (!selected) { say("select a link first", true); return false; }
    return true;
  }

  var actions = {
    merge: function () { if (needLink()) { edit({op: "merge", link: selected}, "merged"); } },
    split: function () { if (needLink()) { edit({op: "split", link: selected}, "split"); } },
    confirm: function () { if (needLink()) { edit({op: "confirm", link: selected}, "confirmed"); } },
    undo: function () { edit({op: "undo"}, "undone"); },
    shiftUp: function () {
      if (!picked) { say("click a sentence first", true); return; }
      edit({op: "shift", sentence: picked, direction: "up"}, "moved up");
    },
    shiftDown: function () {
      if (!picked) { say("click a sentence first", true); return; }
      edit({op: "shift", sentence: picked, direction: "down"}, "moved down");
    },
    toReview: function (step) {
      // The next (step 1) or previous (-1) link marked to review from the selected one, in
      // the order shown (wrapping round); "none left" once every one is confirmed.
      var links = orderedLinks();
      var at = links.findIndex(function (l) { return l.id === selected; });
      if (at < 0 && step < 0) { at = links.length; }
      for (var k = 1; k <= links.length; k++) {
        var link = links[((at + step * k) % links.length + links.length) % links.length];
        if (link.review) { selected = link.id; picked = null; render(); return; }
      }
      say("no link left to review");
    },
    move: function (step) {
      var links = orderedLinks();
      var at = links.findIndex(function (l) { return l.id === selected; });
      var next = links[Math.min(links.length - 1, Math.max(0, at + step))];
      if (next) { selected = next.id; picked = null; render(); }
    },
    sort: function () { lowestFirst = $("sort").checked; render(); }
  };

  $("merge").addEventListener("click", actions.merge);
  $("split").addEventListener("click", actions.split);
  $("confirm").addEventListener("click", actions.confirm);
  $("undo").addEventListener("click", actions.undo);
  $("shift-up").addEventListener("click", actions.shiftUp);
  $("shift-down").addEventListener("click", actions.shiftDown);
  $("sort").addEventListener("change", actions.sort);
  $("next-review").addEventListener("click", function () { actions.toReview(1); });

  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "INPUT" && event.target.type !== "checkbox") { return; }
    var key = event.key;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === "z") { actions.undo(); }
    else if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    else if (key === "ArrowDown" || key === "j") { actions.move(1); }
    else if (key === "ArrowUp" || key === "k") { actions.move(-1); }
    else if (key === "m") { actions.merge(); }
    else if (key === "s") { actions.split(); }
    else if (key === "c") { actions.confirm(); }
    else if (key === "u") { actions.undo(); }
    else if (key === "[") { actions.shiftUp(); }
    else if (key === "]") { actions.shiftDown(); }
    else if (key === "n") { actions.toReview(1); }
    else if (key === "N") { actions.toReview(-1); }
    else if (key === "l") { $("sort").checked = !$("sort").checked; actions.sort(); }
    else { return; }
    event.preventDefault();
  });

  request("GET", "api/state").then(function (value) {
    state = value;
    selected = state.links.length ? state.links[0].id : null;
    render();
    say("ready");
  }).catch(function (error) { say(error.message, true); });
})();
