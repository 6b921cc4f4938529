// The validator page: sends a submission to the dry run (POST /validate, which stores nothing) and shows its
// report grouped by shape and focus node. Text from the report is put into the page as text, never as markup.
(function () {
  "use strict";

  var config = document.getElementById("validator").dataset;
  var text = JSON.parse(document.getElementById("validator-text").textContent);
  var form = document.getElementById("validate-form");
  var fileInput = document.getElementById("submission-file");
  var textArea = document.getElementById("submission-text");
  var formatSelect = document.getElementById("submission-format");
  var statusEl = document.getElementById("validate-status");
  var report = document.getElementById("report");
  var reportBody = document.getElementById("report-body");
  var shapesPrefix = config.iriBase + "shapes#";
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
  var last = null;

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
    return fetch(config.endpoint + "?lang=" + encodeURIComponent(text.lang), {
      method: "POST",
      headers: { "Content-Type": last.type, "Accept": accept },
      body: last.body
    });
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

  // "<iri>" as the report writes it, without the brackets.
  function bare(node) {
    return node && node.charAt(0) === "<" && node.charAt(node.length - 1) === ">" ? node.slice(1, -1) : node;
  }

  function shapeHeading(shape) {
    var h = element("h3", null, text.shape + ": ");
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

  function field(dl, label, value) {
    if (value === undefined || value === null) {
      return;
    }
    dl.appendChild(element("dt", null, label));
    var dd = element("dd");
    dd.appendChild(element("code", null, bare(value)));
    dl.appendChild(dd);
  }

  function render(summary, json) {
    reportBody.replaceChildren();
    var verdict = element("p", "verdict " + (summary.conforms ? "conforms" : "fails"),
      summary.conforms ? text.conforms : text.fails);
    verdict.id = "verdict";
    reportBody.appendChild(verdict);

    var counts = element("ul", "counts");
    counts.id = "counts";
    ["violations", "warnings", "infos"].forEach(function (key) {
      var li = element("li");
      li.dataset.severity = key;
      li.appendChild(element("strong", null, String(summary.counts[key])));
      li.appendChild(document.createTextNode(" " + text[key]));
      counts.appendChild(li);
    });
    reportBody.appendChild(counts);

    var downloads = element("p", "toolbar", text.download + " ");
    var asJson = element("button", "action", text.downloadJson);
    asJson.type = "button";
    asJson.id = "download-report-json";
    asJson.addEventListener("click", function () {
      save(new Blob([json], { type: "application/json" }), "validation-report.json");
    });
    var asTurtle = element("button", "action", text.downloadTurtle);
    asTurtle.type = "button";
    asTurtle.id = "download-report-turtle";
    asTurtle.addEventListener("click", function () {
      post("text/turtle").then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.blob();
      }).then(function (blob) {
        save(blob, "validation-report.ttl");
      }).catch(function (error) {
        status(text.failed + error.message);
      });
    });
    downloads.appendChild(asJson);
    downloads.appendChild(document.createTextNode(" "));
    var workbook = workbookTypes.indexOf(last.type) >= 0;
    if (workbook) {
      // A workbook's report comes back as the workbook itself, its failing cells marked and commented.
      var asWorkbook = element("button", "action", text.downloadWorkbook);
      asWorkbook.type = "button";
      asWorkbook.id = "download-annotated-workbook";
      asWorkbook.addEventListener("click", function () {
        post(byExtension.xlsx).then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.blob();
        }).then(function (blob) {
          save(blob, "checked.xlsx");
        }).catch(function (error) {
          status(text.failed + error.message);
        });
      });
      downloads.appendChild(asWorkbook);
    } else {
      downloads.appendChild(asTurtle);
    }
    reportBody.appendChild(downloads);

    if (summary.results.length > 0) {
      reportBody.appendChild(element("p", "muted", workbook ? text.cellResults : text.byShape));
    }
    var shapes = new Map();
    summary.results.forEach(function (result) {
      if (workbook) {
        result.shape = result.sheet || text.wholeWorkbook;
        result.focusNode = result.cell || text.wholeWorkbook;
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
        var h = element("h4", null, (workbook ? text.cell : text.focusNode) + ": ");
        h.appendChild(element("code", null, bare(focusNode)));
        group.appendChild(h);
        results.forEach(function (result) {
          var div = element("div", "result " + result.severity);
          var p = element("p");
          p.appendChild(element("span", "severity", text[result.severity] || result.severity));
          p.appendChild(document.createTextNode(": "));
          p.appendChild(element("span", "message", result.message));
          div.appendChild(p);
          var dl = element("dl", "facts");
          field(dl, text.path, result.path);
          field(dl, text.column, result.columnName);
          field(dl, text.value, result.value);
          if (dl.children.length) {
            div.appendChild(dl);
          }
          group.appendChild(div);
        });
        section.appendChild(group);
      });
      reportBody.appendChild(section);
    });
  }

  function showError(message) {
    reportBody.replaceChildren(element("p", "error", message));
    report.hidden = false;
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
    status("");
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = fileInput.files[0];
    var read = file ? file.arrayBuffer() : Promise.resolve(new TextEncoder().encode(textArea.value).buffer);
    read.then(function (body) {
      if (!body.byteLength) {
        status(text.noInput);
        return null;
      }
      last = { body: body, type: formatSelect.value };
      status(text.validating);
      return post("application/json").then(function (response) {
        return response.text().then(function (json) {
          status("");
          if (response.ok) {
            render(JSON.parse(json), json);
            report.hidden = false;
            report.focus();
            return;
          }
          var message;
          try {
            message = JSON.parse(json).error;
          } catch (e) {
            message = json;
          }
          showError((response.status === 400 ? text.refused : text.failed) + (message || response.status));
        });
      });
    }).catch(function (error) {
      status("");
      showError(text.failed + error.message);
    });
  });
}());
