// The validator page: sends a submission to the dry run (POST /validate, which stores nothing) and shows its
// report grouped by shape and focus node, what was validated, and the submitted text with line numbers, where the
// lines of failing focus nodes (or the parser's stopping point) are marked. Text from the report and the
// submission is put into the page as text, never as markup.
(function () {
  "use strict";

  var config = document.getElementById("validator").dataset;
  var text = JSON.parse(document.getElementById("validator-text").textContent);
  var lang = text.lang;
  var form = document.getElementById("validate-form");
  var fileInput = document.getElementById("submission-file");
  var textArea = document.getElementById("submission-text");
  var formatSelect = document.getElementById("submission-format");
  var statusEl = document.getElementById("validate-status");
  var report = document.getElementById("report");
  var reportBody = document.getElementById("report-body");
  var source = document.getElementById("source");
  var shapesPrefix = config.iriBase + "shapes#";
  var MAX_LINES = 5000;
  var byExtension = {
    ttl: "text/turtle",
    jsonld: "application/ld+json",
    json: "application/ld+json",
    rdf: "application/rdf+xml",
    owl: "application/rdf+xml",
    xml: "application/rdf+xml",
    nt: "application/n-triples",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    zip: "application/zip"
  };
  var workbookTypes = [byExtension.xlsx, byExtension.zip];
  // What was sent last, so that the other formats of its report can be asked for.
  var last = null;
  var csvUrl = null;

  var t = window.GcmMessages(text);

  function status(message) {
    statusEl.textContent = message;
  }

  function element(name, className, content) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (content !== undefined) {
      e.textContent = content;
    }
    return e;
  }

  function post(accept) {
    var url = config.endpoint + "?lang=" + encodeURIComponent(lang) + (last.detect ? "&detect=true" : "");
    var headers = { "Accept": accept };
    if (last.type) {
      headers["Content-Type"] = last.type;
    }
    return fetch(url, { method: "POST", headers: headers, body: last.body });
  }

  function save(blob, fileName) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  function fetchBlob(accept) {
    return post(accept).then(function (response) {
      if (!response.ok) {
        throw new Error(t("failedStatus", { status: response.status }));
      }
      return response.blob();
    });
  }

  // "<iri>" as the report writes it, without the brackets.
  function bare(node) {
    return node && node.charAt(0) === "<" && node.charAt(node.length - 1) === ">" ? node.slice(1, -1) : node;
  }

  function shapeHeading(shape) {
    var h = element("h3", null, t("shape") + ": ");
    var iri = bare(shape);
    if (iri.indexOf(shapesPrefix) === 0) {
      var a = element("a", null, iri.slice(shapesPrefix.length));
      a.href = config.shapes + "#" + iri.slice(shapesPrefix.length);
      h.appendChild(a);
    } else {
      h.appendChild(element("code", null, iri));
    }
    return h;
  }

  function field(dl, label, value, asCode) {
    if (value === undefined || value === null || value === "") {
      return;
    }
    dl.appendChild(element("dt", null, label));
    var dd = element("dd");
    if (asCode === false) {
      dd.textContent = value;
    } else {
      dd.appendChild(element("code", null, bare(value)));
    }
    dl.appendChild(dd);
  }

  function button(id, label, onClick) {
    var b = element("button", "action", label);
    b.type = "button";
    b.id = id;
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- the submitted text --------------------------------------------------------------------------------

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // The prefixes the text declares: Turtle's @prefix and PREFIX, JSON-LD's context terms, XML's xmlns.
  function prefixesOf(lines) {
    var prefixes = [];
    var declaration = /(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>|"([A-Za-z][\w-]*)"\s*:\s*"([^"]*[#/])"|xmlns:([A-Za-z][\w.-]*)="([^"]*)"/gi;
    lines.forEach(function (line) {
      var m;
      declaration.lastIndex = 0;
      while ((m = declaration.exec(line)) !== null) {
        if (m[2] !== undefined) {
          prefixes.push({ name: m[1] || "", ns: m[2] });
        } else if (m[4] !== undefined) {
          prefixes.push({ name: m[3], ns: m[4] });
        } else {
          prefixes.push({ name: m[5], ns: m[6] });
        }
      }
    });
    return prefixes;
  }

  // The ways a syntax writes an IRI as the subject of a statement, as tests on one line of the text.
  function subjectTests(iri, syntax, prefixes) {
    var names = [iri];
    prefixes.forEach(function (p) {
      var local = iri.slice(p.ns.length);
      if (p.ns && iri.indexOf(p.ns) === 0 && /^[\w.-]*$/.test(local) && !/\.$/.test(local)) {
        names.push(p.name + ":" + local);
      }
    });
    var tests = [];
    if (syntax === "JSON-LD") {
      names.forEach(function (n) {
        tests.push(new RegExp('"@id"\\s*:\\s*"' + escapeRegExp(n) + '"'));
      });
    } else if (syntax === "RDF/XML") {
      tests.push(new RegExp('(?:rdf:)?about="' + escapeRegExp(iri) + '"'));
    } else {
      tests.push(new RegExp("^\\s*<" + escapeRegExp(iri) + ">(?=[\\s;,.]|$)"));
      names.slice(1).forEach(function (n) {
        tests.push(new RegExp("^\\s*" + escapeRegExp(n) + "(?=[\\s;,]|$)"));
      });
    }
    return tests;
  }

  // The line numbers (from 1) where each focus node is the subject of a statement.
  function subjectLines(lines, focusNodes, syntax) {
    var prefixes = prefixesOf(lines);
    var found = new Map();
    var turtleLike = syntax !== "JSON-LD" && syntax !== "RDF/XML";
    focusNodes.forEach(function (node) {
      var iri = bare(node);
      if (!iri || node.charAt(0) !== "<") {
        return;
      }
      var tests = subjectTests(iri, syntax, prefixes);
      var atStatementStart = true;
      var hits = [];
      lines.forEach(function (line, i) {
        var trimmed = line.trim();
        var startsStatement = !turtleLike || atStatementStart;
        if (startsStatement && tests.some(function (re) { return re.test(line); })) {
          hits.push(i + 1);
        }
        if (turtleLike && trimmed && trimmed.charAt(0) !== "#") {
          // A statement ends with a full stop at the end of its line; the next line starts the next one.
          atStatementStart = /\.\s*(#.*)?$/.test(trimmed) || /^(PREFIX|BASE)\b/i.test(trimmed);
        }
      });
      if (hits.length) {
        found.set(node, hits);
      }
    });
    return found;
  }

  // Shows the text with line numbers, marking the lines given and, for a parse error, its line and column.
  function showSource(submitted, marked, error) {
    source.replaceChildren();
    if (submitted === null) {
      source.hidden = true;
      return;
    }
    var lines = submitted.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === "") {
      lines.pop();
    }
    var heading = element("h3", null, t("source"));
    heading.id = "source-title";
    source.appendChild(heading);
    var summary = element("p", "muted");
    summary.id = "source-summary";
    var markedLines = new Set();
    marked.forEach(function (hits) {
      hits.forEach(function (n) { markedLines.add(n); });
    });
    if (error) {
      summary.textContent = error.line ? t("sourceError", { line: error.line, column: error.column || 1 })
        : t("sourceErrorNoPosition");
    } else {
      summary.textContent = markedLines.size ? t("sourceMarked", { count: markedLines.size }) : t("sourceNone");
    }
    source.appendChild(summary);
    if (lines.length > MAX_LINES) {
      source.appendChild(element("p", "muted", t("sourceCut", { shown: MAX_LINES, count: lines.length })));
    }
    var box = element("div", "source-box");
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    box.setAttribute("aria-labelledby", "source-title");
    var ol = element("ol", "source-lines");
    ol.id = "source-lines";
    lines.slice(0, MAX_LINES).forEach(function (line, i) {
      var n = i + 1;
      var li = element("li");
      li.id = "line-" + n;
      li.dataset.line = String(n);
      var code = element("code");
      if (error && error.line === n) {
        li.className = "error-line";
        var at = Math.max(0, Math.min(line.length, (error.column || 1) - 1));
        code.appendChild(document.createTextNode(line.slice(0, at)));
        var mark = element("mark", "error-column", line.charAt(at) || " ");
        mark.title = t("errorLine");
        code.appendChild(mark);
        code.appendChild(document.createTextNode(line.slice(at + 1)));
        code.appendChild(element("span", "visually-hidden", " (" + t("errorLine") + ")"));
      } else {
        code.textContent = line || " ";
        if (markedLines.has(n)) {
          li.className = "marked";
          code.appendChild(element("span", "visually-hidden", " (" + t("markedLine") + ")"));
        }
      }
      li.appendChild(code);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    source.appendChild(box);
    source.hidden = false;
    var first = source.querySelector(".error-line, .marked");
    if (first) {
      box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40);
    }
  }

  // ---- the report ------------------------------------------------------------------------------------------

  function meta(summary) {
    var section = element("section", "report-meta");
    section.setAttribute("aria-labelledby", "report-meta-title");
    var h = element("h3", null, t("meta"));
    h.id = "report-meta-title";
    section.appendChild(h);
    var dl = element("dl", "facts");
    dl.id = "report-meta";
    var file = summary.files && summary.files[0] ? summary.files[0] : {};
    field(dl, t("file"), last.fileName || t("pasted"), false);
    if (typeof file.size === "number") {
      field(dl, t("size"), t("bytes", { count: file.size }), false);
    }
    field(dl, t("sha256"), file.sha256);
    if (summary.validatedAt) {
      var when = new Date(summary.validatedAt);
      field(dl, t("time"), new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "medium", timeZone: "UTC" })
        .format(when) + " UTC", false);
    }
    if (summary.shapes) {
      field(dl, t("shapes"), [summary.shapes.iri, summary.shapes.versionInfo].filter(Boolean).join(" ")
        || summary.shapes.sha256);
    }
    if (summary.syntax) {
      field(dl, t("syntax"), t(summary.syntax.detected ? "syntaxDetected" : "syntaxDeclared",
        { syntax: summary.syntax.name }), false);
    }
    dl.querySelectorAll("dd").forEach(function (dd, i) {
      dd.dataset.field = ["file", "size", "sha256", "time", "shapes", "syntax"][i] || "";
    });
    section.appendChild(dl);
    return section;
  }

  function downloads(workbook) {
    var bar = element("p", "toolbar downloads", t("download") + " ");
    bar.appendChild(button("download-report-json", t("downloadJson"), function () {
      save(new Blob([last.json], { type: "application/json" }), "validation-report.json");
    }));
    if (workbook) {
      // A workbook's report comes back as the workbook itself, its failing cells marked and commented.
      bar.appendChild(button("download-annotated-workbook", t("downloadWorkbook"), function () {
        fetchBlob(byExtension.xlsx).then(function (blob) {
          save(blob, "checked.xlsx");
        }).catch(function (error) {
          status(t("failed", { message: error.message }));
        });
      }));
    } else {
      bar.appendChild(button("download-report-turtle", t("downloadTurtle"), function () {
        fetchBlob("text/turtle").then(function (blob) {
          save(blob, "validation-report.ttl");
        }).catch(function (error) {
          status(t("failed", { message: error.message }));
        });
      }));
      // The CSV is a link: its address is the report itself, fetched once the report is shown.
      var csv = element("a", "button", t("downloadCsv"));
      csv.id = "download-report-csv";
      csv.download = "validation-report.csv";
      csv.hidden = true;
      bar.appendChild(csv);
      fetchBlob("text/csv").then(function (blob) {
        if (csvUrl) {
          URL.revokeObjectURL(csvUrl);
        }
        csvUrl = URL.createObjectURL(blob);
        csv.href = csvUrl;
        csv.type = "text/csv";
        csv.hidden = false;
      }).catch(function (error) {
        status(t("failed", { message: error.message }));
      });
    }
    bar.appendChild(button("print-report", t("print"), function () {
      window.print();
    }));
    return bar;
  }

  function render(summary) {
    reportBody.replaceChildren();
    var workbook = workbookTypes.indexOf(last.type) >= 0;
    var verdict = element("p", "verdict " + (summary.conforms ? "conforms" : "fails"),
      summary.conforms ? t("conforms") : t("fails"));
    verdict.id = "verdict";
    reportBody.appendChild(verdict);

    var counts = element("ul", "counts");
    counts.id = "counts";
    ["violations", "warnings", "infos"].forEach(function (key) {
      var li = element("li");
      li.dataset.severity = key;
      li.appendChild(element("strong", null, String(summary.counts[key])));
      li.appendChild(document.createTextNode(" " + t(key, { count: summary.counts[key] })));
      counts.appendChild(li);
    });
    reportBody.appendChild(counts);
    if (!workbook) {
      reportBody.appendChild(meta(summary));
    }
    reportBody.appendChild(downloads(workbook));

    var marked = new Map();
    if (!workbook && last.text !== null) {
      var focusNodes = [];
      summary.results.forEach(function (r) {
        if (focusNodes.indexOf(r.focusNode) < 0) {
          focusNodes.push(r.focusNode);
        }
      });
      marked = subjectLines(last.text.split(/\r\n|\r|\n/), focusNodes, summary.syntax ? summary.syntax.name : "Turtle");
    }

    if (summary.results.length > 0) {
      reportBody.appendChild(element("p", "muted", workbook ? t("cellResults") : t("byShape")));
    }
    var shapes = new Map();
    summary.results.forEach(function (result) {
      if (workbook) {
        result.shape = result.sheet || t("wholeWorkbook");
        result.focusNode = result.cell || t("wholeWorkbook");
      }
      if (!shapes.has(result.shape)) {
        shapes.set(result.shape, new Map());
      }
      var focusNodes = shapes.get(result.shape);
      if (!focusNodes.has(result.focusNode)) {
        focusNodes.set(result.focusNode, []);
      }
      focusNodes.get(result.focusNode).push(result);
    });
    shapes.forEach(function (focusNodes, shape) {
      var section = element("section", "shape-group");
      section.dataset.shape = bare(shape);
      section.appendChild(workbook ? element("h3", null, shape) : shapeHeading(shape));
      focusNodes.forEach(function (results, focusNode) {
        var group = element("div", "focus-group");
        group.dataset.focusNode = bare(focusNode);
        var h = element("h4", null, (workbook ? t("cell") : t("focusNode")) + ": ");
        h.appendChild(element("code", null, bare(focusNode)));
        group.appendChild(h);
        var hits = marked.get(focusNode);
        if (hits) {
          var where = element("p", "lines", t("lines") + " ");
          hits.slice(0, 20).forEach(function (n, i) {
            if (i > 0) {
              where.appendChild(document.createTextNode(", "));
            }
            var a = element("a", null, t("line", { line: n }));
            a.href = "#line-" + n;
            where.appendChild(a);
          });
          group.appendChild(where);
        }
        results.forEach(function (result) {
          var div = element("div", "result " + result.severity);
          var p = element("p");
          p.appendChild(element("span", "severity", t(result.severity)));
          p.appendChild(document.createTextNode(": "));
          p.appendChild(element("span", "message", result.message));
          div.appendChild(p);
          var dl = element("dl", "facts");
          field(dl, t("path"), result.path);
          field(dl, t("column"), result.columnName);
          field(dl, t("value"), result.value);
          if (dl.children.length) {
            div.appendChild(dl);
          }
          group.appendChild(div);
        });
        section.appendChild(group);
      });
      reportBody.appendChild(section);
    });
    showSource(workbook ? null : last.text, marked, null);
  }

  function showError(message, error) {
    reportBody.replaceChildren();
    var p = element("p", "error", message);
    p.id = "report-error";
    reportBody.appendChild(p);
    if (error && error.syntax) {
      var dl = element("dl", "facts");
      field(dl, t("syntax"), t(last.detect ? "syntaxDetected" : "syntaxDeclared", { syntax: error.syntax }), false);
      reportBody.appendChild(dl);
    }
    showSource(error && last && workbookTypes.indexOf(last.type) < 0 ? last.text : null, new Map(), error || {});
    report.hidden = false;
    report.focus();
  }

  // What to send: a workbook as itself; another file as a form upload (so that the report names it) in the
  // chosen syntax, or with its syntax left to its extension or to detection; pasted text in the chosen syntax,
  // or as plain text whose syntax the dry run detects.
  function submission(file, pasted) {
    var chosen = formatSelect.value;
    if (file) {
      var extension = file.name.split(".").pop().toLowerCase();
      var workbookType = workbookTypes.indexOf(chosen) >= 0 ? chosen
        : workbookTypes.indexOf(byExtension[extension]) >= 0 ? byExtension[extension] : null;
      if (workbookType) {
        return file.arrayBuffer().then(function (body) {
          return { body: body, type: workbookType, detect: false, fileName: file.name, text: null, size: body.byteLength };
        });
      }
      return file.text().then(function (content) {
        var data = new FormData();
        var type = chosen === config.detect ? "application/octet-stream" : chosen;
        data.append("file", new Blob([file], { type: type }), file.name);
        return { body: data, type: null, detect: false, fileName: file.name, text: content, size: file.size };
      });
    }
    var detect = chosen === config.detect || workbookTypes.indexOf(chosen) >= 0;
    var bytes = new TextEncoder().encode(pasted);
    return Promise.resolve({ body: bytes, type: detect ? "text/plain" : chosen, detect: detect, fileName: null,
      text: pasted, size: bytes.byteLength });
  }

  fileInput.addEventListener("change", function () {
    var file = fileInput.files[0];
    var extension = file ? file.name.split(".").pop().toLowerCase() : "";
    if (byExtension[extension]) {
      formatSelect.value = byExtension[extension];
    }
  });

  form.addEventListener("reset", function () {
    last = null;
    report.hidden = true;
    reportBody.replaceChildren();
    source.replaceChildren();
    source.hidden = true;
    status("");
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = fileInput.files[0];
    if (!file && !textArea.value) {
      status(t("noInput"));
      return;
    }
    submission(file, textArea.value).then(function (s) {
      if (!s.size) {
        status(t("noInput"));
        return null;
      }
      last = s;
      status(t("validating"));
      return post("application/json").then(function (response) {
        return response.text().then(function (body) {
          status("");
          var parsed = null;
          try {
            parsed = JSON.parse(body);
          } catch (e) {
            parsed = null;
          }
          if (response.ok && parsed) {
            last.json = body;
            render(parsed);
            report.hidden = false;
            report.focus();
            return;
          }
          var message = parsed && parsed.error ? parsed.error : t("failedStatus", { status: response.status });
          showError(message, response.status === 400 && parsed ? parsed : null);
        });
      });
    }).catch(function (error) {
      status("");
      showError(t("failed", { message: error.message }), null);
    });
  });
}());
