// The pages' scripts take their text from the page, in the page's language. GcmMessages(text) gives the function
// that formats one message: {name} arguments, numbers written the language's way, and for a count the plural
// form "key.one", "key.other" (or the language's other CLDR categories) that the language's rules choose.
window.GcmMessages = function (text) {
  "use strict";

  var numbers = new Intl.NumberFormat(text.lang);
  var plurals = new Intl.PluralRules(text.lang);

  return function (key, args) {
    var pattern = text[key];
    if (args && typeof args.count === "number") {
      pattern = text[key + "." + plurals.select(args.count)] || text[key + ".other"] || pattern;
    }
    if (pattern === undefined) {
      pattern = key;
    }
    return pattern.replace(/\{(\w+)\}/g, function (whole, name) {
      if (!args || args[name] === undefined) {
        return whole;
      }
      return typeof args[name] === "number" ? numbers.format(args[name]) : String(args[name]);
    });
  };
};
