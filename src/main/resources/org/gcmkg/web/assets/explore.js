// The query page: YASGUI on this service's endpoint, the example queries, a permalink and the downloads.
// Everything it asks for is on this service: the endpoint, and the prefixes the editor completes.
(function () {
  "use strict";

  var root = document.getElementById("yasgui");
  var text = JSON.parse(document.getElementById("explore-text").textContent);
  var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
  var statusEl = document.getElementById("status");
  var permalink = document.getElementById("permalink");

  function status(message) {
    statusEl.textContent = message;
  }

  // YASQE completes prefixes from prefix.cc and classes and properties from LOV: both other hosts. Prefixes
  // come from this service instead, and only the completers that need no lookup stay on.
  Yasgui.Yasqe.defaults.prefixCcApi = new URL(root.dataset.prefixes, window.location.href).href;
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.value = text.defaultQuery;
  Yasgui.Yasr.defaults.plugins = { table: { dynamicConfig: { compact: true } } };

  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    // Nothing is kept between visits: the permalink is how a query is kept or shared.
    persistenceId: null,
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: endpoint }];
      },
      keys: []
    },
    // A link may carry an endpoint; the page only ever queries this service's.
    populateFromUrl: function (config) {
      config.requestConfig.endpoint = endpoint;
      return config;
    }
  });

  function tab() {
    return yasgui.getTab();
  }

  function updatePermalink() {
    var query = tab().getQuery();
    permalink.href = window.location.pathname + "?query=" + encodeURIComponent(query);
  }

  function run(query, name) {
    var current = tab();
    current.setEndpoint(endpoint);
    current.setQuery(query);
    if (name) {
      current.setName(name);
    }
    updatePermalink();
    status(text.running);
    return current.query();
  }

  yasgui.on("query", function () {
    updatePermalink();
    status(text.running);
  });
  yasgui.on("queryResponse", function () {
    status("");
  });
  yasgui.on("tabSelect", function () {
    window.setTimeout(updatePermalink, 0);
  });
  // The link is brought up to date before it is followed or copied, as the editor may have changed since.
  ["focus", "pointerdown", "mouseover"].forEach(function (type) {
    permalink.addEventListener(type, updatePermalink);
  });

  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      run(button.dataset.sparql, button.dataset.name);
    });
  });

  function download(extension, accept) {
    var query = tab().getQuery();
    if (!query.trim()) {
      status(text.noQuery);
      return;
    }
    status(text.downloading);
    fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: query })
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (body) {
          throw new Error(response.status + " " + body.slice(0, 300));
        });
      }
      return response.blob();
    }).then(function (blob) {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "gcm-kg-results." + extension;
      document.body.appendChild(a);
      a.click();
      a.remove();
      window.setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      status(text.downloaded);
    }).catch(function (error) {
      status(text.failed + error.message);
    });
  }

  document.getElementById("download-csv").addEventListener("click", function () {
    download("csv", "text/csv");
  });
  document.getElementById("download-json").addEventListener("click", function () {
    download("json", "application/sparql-results+json");
  });

  // ?query= opens a query (YASGUI reads it from the address) and ?example= an example; either one runs.
  var params = new URLSearchParams(window.location.search);
  var example = params.get("example");
  var exampleButton = example && document.querySelector("button.example[data-name=\"" + CSS.escape(example) + "\"]");
  if (exampleButton) {
    run(exampleButton.dataset.sparql, exampleButton.dataset.name);
  } else if (params.get("query")) {
    run(params.get("query"));
  } else {
    updatePermalink();
  }
}());
