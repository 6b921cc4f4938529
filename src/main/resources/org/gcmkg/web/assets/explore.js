// The query page: the SPARQL editor (YASQE) on this service's endpoint, the example queries with their search,
// one permalink, and a result view for every kind of answer: a table, yes or no, a graph as Turtle or JSON-LD,
// the parser's error with its line and column, a timeout; and charts drawn with Chart.js from a table.
// Everything it asks for is on this service. Its text comes from the page, in the page's language.
(function () {
  "use strict";

  var root = document.getElementById("yasqe");
  var text = JSON.parse(document.getElementById("explore-text").textContent);
  var lang = text.lang;
  var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
  var iriBase = root.dataset.iriBase;
  var timeoutSeconds = Math.round(Number(root.dataset.timeout) / 1000);
  var statusEl = document.getElementById("status");
  var permalink = document.getElementById("permalink");
  var view = document.getElementById("result-view");
  var runButton = document.getElementById("run");
  var prefixes = {};
  var chart = null;
  var last = null;
  var runs = 0;
  var MAX_ROWS = 500;

  var t = window.GcmMessages(text);

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") {
        e.textContent = attrs[k];
      } else if (k === "className") {
        e.className = attrs[k];
      } else {
        e.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function status(message) {
    statusEl.textContent = message;
  }

  // ---- the editor ----------------------------------------------------------------------------------------

  // YASQE completes prefixes from prefix.cc and classes and properties from LOV: both other hosts. Prefixes come
  // from this service instead, and only the completers that need no lookup stay on. Its share button is off: the
  // page's permalink is the one link to a query. Syntax is checked by the server, whose message the page shows
  // in its language.
  var yasqe = new Yasgui.Yasqe(root, {
    value: text.defaultQuery,
    persistenceId: null,
    createShareableLink: null,
    consumeShareLink: null,
    showQueryButton: false,
    resizeable: false,
    syntaxErrorCheck: false,
    autocompleters: ["prefixes", "variables"],
    prefixCcApi: new URL(root.dataset.prefixes, window.location.href).href,
    // The editor grows with its query instead of scrolling inside a box that the keyboard cannot reach.
    editorHeight: "auto",
    viewportMargin: Infinity,
    requestConfig: { endpoint: endpoint, method: "POST" },
    extraKeys: {
      "Ctrl-Enter": function () { run(); },
      "Cmd-Enter": function () { run(); }
    }
  });
  var input = yasqe.getInputField();
  input.setAttribute("aria-label", t("editorLabel"));

  function query() {
    return yasqe.getValue();
  }

  function updatePermalink() {
    permalink.href = window.location.pathname + "?query=" + encodeURIComponent(query());
  }
  yasqe.on("change", updatePermalink);

  fetch(root.dataset.prefixes).then(function (r) { return r.json(); }).then(function (p) {
    prefixes = p;
  }).catch(function () { prefixes = {}; });

  // ---- asking the endpoint -------------------------------------------------------------------------------

  var ACCEPT = "application/sparql-results+json;q=1.0, text/turtle;q=0.9";

  function post(q, accept) {
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: q })
    });
  }

  function run() {
    var q = query();
    clearErrorLine();
    updatePermalink();
    if (!q.trim()) {
      status(t("noQuery"));
      return Promise.resolve();
    }
    var id = ++runs;
    status(t("running"));
    runButton.disabled = true;
    var started = performance.now();
    return post(q, ACCEPT).then(function (response) {
      return response.text().then(function (body) {
        if (id !== runs) {
          return;
        }
        var seconds = (performance.now() - started) / 1000;
        var type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
        if (!response.ok) {
          showError(response.status, body, type);
        } else if (type === "application/sparql-results+json") {
          var json = JSON.parse(body);
          if (typeof json.boolean === "boolean") {
            showBoolean(q, json.boolean, seconds);
          } else {
            showTable(q, json, seconds);
          }
        } else {
          showGraph(q, body, type, seconds);
        }
      });
    }).catch(function (error) {
      if (id === runs) {
        showFailure(error);
      }
    }).then(function () {
      if (id === runs) {
        runButton.disabled = false;
      }
    });
  }

  runButton.addEventListener("click", function () { run(); });

  // ---- rendering -----------------------------------------------------------------------------------------

  function reset(kind) {
    if (chart) {
      chart.destroy();
      chart = null;
    }
    view.textContent = "";
    view.dataset.kind = kind;
    status("");
  }

  function summary(message) {
    view.appendChild(el("p", { className: "summary", id: "result-summary", text: message }));
  }

  function seconds(s) {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(s);
  }

  function showBoolean(q, value, time) {
    reset("boolean");
    last = { query: q, kind: "boolean" };
    summary(t("askSummary", { seconds: seconds(time) }));
    view.appendChild(el("p", { className: "boolean " + (value ? "yes" : "no"), id: "boolean-result",
      "data-value": String(value) }, [el("strong", { text: value ? t("yes") : t("no") }),
      " — " + (value ? t("askYes") : t("askNo"))]));
    downloads([["json", "application/sparql-results+json", t("downloadJson")]]);
  }

  function shortIri(iri) {
    var best = null;
    Object.keys(prefixes).forEach(function (p) {
      var ns = prefixes[p];
      if (iri.indexOf(ns) === 0 && (!best || ns.length > prefixes[best].length)) {
        best = p;
      }
    });
    return best ? best + ":" + iri.substring(prefixes[best].length) : iri;
  }

  // IRIs of the data open this server's pages, until the IRI base itself resolves to this server.
  function hrefOf(iri) {
    if (iriBase && iri.indexOf(iriBase) === 0) {
      return "/" + iri.substring(iriBase.length);
    }
    return iri;
  }

  function cell(term) {
    var td = el("td");
    if (!term) {
      return td;
    }
    if (term.type === "uri") {
      var a = el("a", { href: hrefOf(term.value), text: shortIri(term.value) });
      if (a.textContent !== term.value) {
        a.title = term.value;
      }
      td.appendChild(a);
    } else if (term.type === "bnode") {
      td.appendChild(el("code", { text: "_:" + term.value }));
    } else {
      var span = el("span", { text: term.value });
      var tag = term["xml:lang"];
      if (tag) {
        span.setAttribute("lang", tag);
      }
      td.appendChild(span);
      if (tag) {
        td.appendChild(el("small", { className: "tag", text: " " + tag }));
      } else if (term.datatype && !isNumeric(term)) {
        td.appendChild(el("small", { className: "dt", text: " " + shortIri(term.datatype) }));
      }
      if (isNumeric(term)) {
        td.className = "num";
      }
    }
    return td;
  }

  var NUMERIC = ["integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte"];

  function isNumeric(term) {
    return term && term.type !== "uri" && term.type !== "bnode" && !!term.datatype
      && term.datatype.indexOf("http://www.w3.org/2001/XMLSchema#") === 0
      && NUMERIC.indexOf(term.datatype.substring(33)) >= 0 && !isNaN(Number(term.value));
  }

  function showTable(q, json, time) {
    reset("table");
    var vars = json.head.vars || [];
    var rows = json.results.bindings || [];
    last = { query: q, kind: "table", vars: vars, rows: rows };
    summary(t("tableSummary", { count: rows.length, seconds: seconds(time) }));
    downloads([["csv", "text/csv", t("downloadCsv")], ["json", "application/sparql-results+json", t("downloadJson")]]);
    var chartable = chartColumns(vars, rows);
    if (chartable) {
      chartControls(chartable);
    }
    if (rows.length > MAX_ROWS) {
      view.appendChild(el("p", { className: "note", text: t("truncated", { count: rows.length, shown: MAX_ROWS }) }));
    }
    var table = el("table", { className: "results", id: "results-table" });
    table.appendChild(el("caption", { className: "visually-hidden", text: t("tableCaption") }));
    var head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", { scope: "col", text: v })); });
    table.appendChild(el("thead", {}, [head]));
    var body = el("tbody");
    rows.slice(0, MAX_ROWS).forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    var scroll = el("div", { className: "scroll", tabindex: "0", role: "region", "aria-label": t("tableCaption") },
      [table]);
    view.appendChild(scroll);
    if (rows.length === 0) {
      view.appendChild(el("p", { className: "muted", text: t("noRows") }));
    }
  }

  function showGraph(q, body, type, time) {
    reset("graph");
    last = { query: q, kind: "graph" };
    summary(t("graphSummary", { seconds: seconds(time) }));
    var formats = el("div", { className: "toolbar", role: "group", "aria-label": t("graphFormat") });
    [["text/turtle", "Turtle"], ["application/ld+json", "JSON-LD"]].forEach(function (f) {
      var b = el("button", { type: "button", className: "action", "data-format": f[0],
        "aria-pressed": String(f[0] === type), text: t("showAs", { format: f[1] }) });
      b.addEventListener("click", function () {
        status(t("running"));
        post(q, f[0]).then(function (r) { return r.text(); }).then(function (other) {
          pre.textContent = other;
          pre.dataset.format = f[0];
          formats.querySelectorAll("button").forEach(function (x) {
            x.setAttribute("aria-pressed", String(x === b));
          });
          status("");
        }).catch(showFailure);
      });
      formats.appendChild(b);
    });
    view.appendChild(formats);
    downloads([["ttl", "text/turtle", t("downloadTurtle")], ["jsonld", "application/ld+json", t("downloadJsonLd")]]);
    var pre = el("pre", { className: "graph", id: "graph-text", tabindex: "0", "data-format": type,
      "aria-label": t("graphText"), text: body });
    view.appendChild(pre);
  }

  function showError(code, body, type) {
    reset("error");
    last = null;
    var message = body;
    if (type === "application/json") {
      try {
        message = JSON.parse(body).error || body;
      } catch (e) {
        message = body;
      }
    }
    var box = el("div", { className: "error-box", id: "query-error", role: "alert", "data-status": String(code) });
    var position = /line (\d+), column (\d+)/.exec(message);
    if (code === 400 && position) {
      var line = Number(position[1]);
      var column = Number(position[2]);
      box.dataset.line = String(line);
      box.dataset.column = String(column);
      box.appendChild(el("p", { className: "error", text: t("syntaxError", { line: line, column: column }) }));
      var go = el("button", { type: "button", className: "action", text: t("goToError") });
      go.addEventListener("click", function () {
        yasqe.focus();
        yasqe.setCursor({ line: line - 1, ch: Math.max(0, column - 1) });
      });
      box.appendChild(go);
      markErrorLine(line);
    } else if (code === 400) {
      box.appendChild(el("p", { className: "error", text: t("badQuery") }));
    } else if (code === 503 && /larger than/.test(message)) {
      box.appendChild(el("p", { className: "error", text: t("tooLarge") }));
    } else if (code === 503 || code === 504) {
      box.dataset.timeout = "true";
      box.appendChild(el("p", { className: "error", text: t("timeout", { seconds: timeoutSeconds }) }));
    } else {
      box.appendChild(el("p", { className: "error", text: t("failedStatus", { status: code }) }));
    }
    box.appendChild(el("p", { className: "muted", text: t("serverSays") }));
    box.appendChild(el("pre", { className: "server-message", lang: "en", text: message.trim() }));
    view.appendChild(box);
  }

  function showFailure(error) {
    reset("error");
    view.appendChild(el("div", { className: "error-box", role: "alert" }, [
      el("p", { className: "error", text: t("unreachable") }),
      el("pre", { className: "server-message", lang: "en", text: String(error && error.message || error) })]));
  }

  var errorLine = null;

  function markErrorLine(line) {
    errorLine = yasqe.addLineClass(line - 1, "background", "error-line");
  }

  function clearErrorLine() {
    if (errorLine) {
      yasqe.removeLineClass(errorLine, "background", "error-line");
      errorLine = null;
    }
  }

  // ---- downloads -----------------------------------------------------------------------------------------

  function downloads(options) {
    var bar = el("div", { className: "toolbar downloads", role: "group", "aria-label": t("downloads") });
    options.forEach(function (o) {
      var b = el("button", { type: "button", className: "action", id: "download-" + o[0], text: o[2] });
      b.addEventListener("click", function () { download(o[0], o[1]); });
      bar.appendChild(b);
    });
    view.appendChild(bar);
  }

  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  function download(extension, accept) {
    if (!last) {
      return;
    }
    status(t("downloading"));
    post(last.query, accept).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.blob();
    }).then(function (blob) {
      save(blob, "gcm-kg-results." + extension);
      status(t("downloaded"));
    }).catch(function (error) {
      status(t("failed", { message: error.message }));
    });
  }

  // ---- charts --------------------------------------------------------------------------------------------

  // A table can be charted when it has a column whose every value is a number and another column to label by.
  function chartColumns(vars, rows) {
    if (rows.length === 0 || typeof Chart === "undefined") {
      return null;
    }
    var numeric = vars.filter(function (v) {
      return rows.every(function (r) { return !r[v] || isNumeric(r[v]); }) && rows.some(function (r) { return r[v]; });
    });
    var labels = vars.filter(function (v) { return numeric.indexOf(v) < 0; });
    if (numeric.length === 0 || labels.length === 0 && numeric.length < 2) {
      return null;
    }
    return { numeric: numeric, labels: labels.length ? labels : numeric.slice(0, 1) };
  }

  function select(id, label, options, chosen) {
    var s = el("select", { id: id });
    options.forEach(function (o) {
      var opt = el("option", { value: o[0], text: o[1] });
      if (o[0] === chosen) {
        opt.selected = true;
      }
      s.appendChild(opt);
    });
    return el("span", { className: "field" }, [el("label", { "for": id, text: label }), " ", s]);
  }

  function chartControls(columns) {
    // Labels in the page's language first (title_es on a Spanish page), then any column that is not an IRI.
    var labelVar = columns.labels.filter(function (v) { return new RegExp("_" + lang + "$").test(v); })
      .concat(columns.labels.filter(function (v) {
        return !/(^|_)(iri|uri)$/.test(v) && !last.rows.some(function (r) { return r[v] && r[v].type === "uri"; });
      }), columns.labels)[0];
    var valueVar = columns.numeric.filter(function (v) { return v !== labelVar; }).slice(-1)[0]
      || columns.numeric[0];
    var box = el("details", { className: "chart-box", id: "chart-box" });
    box.appendChild(el("summary", { text: t("chartShow") }));
    var controls = el("div", { className: "toolbar chart-controls" });
    controls.appendChild(select("chart-type", t("chartType"), [["bar", t("chartBar")], ["line", t("chartLine")],
      ["pie", t("chartPie")]], "bar"));
    controls.appendChild(select("chart-label", t("chartLabel"), columns.labels.concat(columns.numeric)
      .filter(function (v, i, a) { return a.indexOf(v) === i; }).map(function (v) { return [v, v]; }), labelVar));
    controls.appendChild(select("chart-value", t("chartValue"), columns.numeric.map(function (v) { return [v, v]; }),
      valueVar));
    var png = el("button", { type: "button", className: "action", id: "chart-download", text: t("chartDownload") });
    controls.appendChild(png);
    box.appendChild(controls);
    var canvas = el("canvas", { id: "chart", role: "img" });
    var frame = el("div", { className: "chart-frame" }, [canvas]);
    box.appendChild(frame);
    view.appendChild(box);
    function draw() {
      drawChart(canvas, frame, document.getElementById("chart-type").value,
        document.getElementById("chart-label").value, document.getElementById("chart-value").value);
    }
    controls.addEventListener("change", draw);
    box.addEventListener("toggle", function () {
      if (box.open && !chart) {
        draw();
      }
    });
    png.addEventListener("click", function () {
      canvas.toBlob(function (blob) { save(blob, "gcm-kg-chart.png"); });
    });
  }

  function labelOf(term) {
    if (!term) {
      return "";
    }
    return term.type === "uri" ? shortIri(term.value) : term.value;
  }

  var COLOURS = ["#1f5fa3", "#b3261e", "#1e6b34", "#7a5200", "#5b3a8c", "#00697a", "#8a3b12", "#3d5a1e",
    "#7b2d5b", "#2f4f6f"];

  function drawChart(canvas, frame, type, labelVar, valueVar) {
    var rows = last.rows.filter(function (r) { return r[valueVar] && isNumeric(r[valueVar]); });
    var labels = rows.map(function (r) { return labelOf(r[labelVar]); });
    var values = rows.map(function (r) { return Number(r[valueVar].value); });
    var narrow = frame.clientWidth < 560;
    var horizontal = type === "bar" && (narrow || labels.length > 12);
    var height = type === "pie" ? (narrow ? 380 : 420)
      : horizontal ? Math.max(240, 28 * labels.length + 80) : 360;
    frame.style.height = height + "px";
    canvas.setAttribute("aria-label", t("chartDescription", { type: t("chart" + type.charAt(0).toUpperCase()
      + type.substring(1)), value: valueVar, label: labelVar, count: values.length }));
    canvas.dataset.type = type;
    canvas.dataset.axis = horizontal ? "y" : "x";
    canvas.dataset.values = values.join(",");
    canvas.dataset.labels = JSON.stringify(labels);
    if (chart) {
      chart.destroy();
    }
    var room = narrow ? 22 : 30;
    var short = function (s) { return s.length > room ? s.substring(0, room - 1) + "…" : s; };
    Chart.defaults.font.size = narrow ? 12 : 14;
    Chart.defaults.color = "#1b1b1b";
    chart = new Chart(canvas, {
      type: type,
      data: {
        labels: labels,
        datasets: [{
          label: valueVar,
          data: values,
          backgroundColor: type === "pie" ? labels.map(function (l, i) { return COLOURS[i % COLOURS.length]; })
            : "#1f5fa3",
          borderColor: type === "pie" ? "#ffffff" : "#0b3d6e",
          borderWidth: type === "line" ? 2 : 1
        }]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? "y" : "x",
        locale: lang,
        plugins: {
          legend: { display: type === "pie", position: "bottom", labels: { color: "#1b1b1b" } },
          tooltip: { callbacks: { title: function (items) { return labels[items[0].dataIndex]; } } }
        },
        scales: type === "pie" ? {} : {
          x: { ticks: { color: "#1b1b1b", callback: horizontal ? undefined : function (v) {
            return short(String(this.getLabelForValue(v)));
          } }, title: { display: true, text: horizontal ? valueVar : labelVar, color: "#1b1b1b" } },
          y: { ticks: { color: "#1b1b1b", callback: horizontal ? function (v) {
            return short(String(this.getLabelForValue(v)));
          } : undefined }, title: { display: !narrow, text: horizontal ? labelVar : valueVar, color: "#1b1b1b" },
          beginAtZero: true }
        }
      }
    });
    canvas.dataset.drawn = "true";
  }

  // ---- examples ------------------------------------------------------------------------------------------

  var exampleItems = Array.prototype.slice.call(document.querySelectorAll(".examples > li"));
  var search = document.getElementById("example-search");
  var count = document.getElementById("example-count");
  var none = document.getElementById("no-example");

  function normalise(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function filterExamples() {
    var words = normalise(search.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    var shown = 0;
    exampleItems.forEach(function (li) {
      var haystack = " " + li.dataset.words + " ";
      var match = words.every(function (w) { return haystack.indexOf(w) >= 0; });
      li.hidden = !match;
      shown += match ? 1 : 0;
    });
    none.hidden = shown > 0;
    count.textContent = words.length ? t("examplesShown", { count: shown, total: exampleItems.length })
      : t("examplesAll", { count: exampleItems.length });
  }
  search.addEventListener("input", filterExamples);
  filterExamples();

  function load(sparql) {
    yasqe.setValue(sparql);
    updatePermalink();
    return run();
  }

  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      load(button.dataset.sparql);
      root.scrollIntoView({ block: "nearest" });
    });
  });

  // ?query= opens a query and ?example= an example; either one runs.
  var params = new URLSearchParams(window.location.search);
  var example = params.get("example");
  var exampleButton = example && document.querySelector("button.example[data-name=\"" + CSS.escape(example) + "\"]");
  if (exampleButton) {
    load(exampleButton.dataset.sparql);
  } else if (params.get("query")) {
    load(params.get("query"));
  } else {
    updatePermalink();
  }
}());
