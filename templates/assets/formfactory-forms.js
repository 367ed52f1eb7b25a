/*
 * FormFactory form behaviour: one library for every form. It knows nothing about a particular service; each
 * package's generated module registers its form as data (fields, checks, messages, steps) with the expressions
 * printed from the bound model. Checks follow the reference validator (FormFactory.Definitions.Validation) step
 * by step, so the browser and the server report the same errors with the same texts.
 * Without JavaScript none of this runs and the page is one form that posts multipart/form-data.
 */
(function (root) {
  "use strict";
  var ff = root.FormFactoryExpressions;
  var forms = [];

  // ---- small helpers -------------------------------------------------------------------------------------------

  function each(list, fn) { for (var i = 0; i < list.length; i++) fn(list[i], i); }
  function all(el, selector) { return Array.prototype.slice.call(el.querySelectorAll(selector)); }
  function htmlId(path) { return "ff-" + path.replace(/[.\[]/g, "-").replace(/\]/g, ""); }
  function child(prefix, id) { return prefix ? prefix + "." + id : id; }
  function text(t, lang) { return t ? (t[lang] || t.de) : ""; }
  function format(message, arg) { return message.replace("{0}", arg); }
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function formatDate(iso, lang) {
    var p = iso.split("-");
    if (lang === "en") return parseInt(p[2], 10) + " " + MONTHS[parseInt(p[1], 10) - 1] + " " + p[0];
    return p[2] + "." + p[1] + "." + p[0];
  }
  /** The characters a submitted text may hold, as FormFactory.Runtime.TextCharacters.AreAllowed says. */
  function textAllowed(s, multiline) {
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x20) { if (multiline && (c === 9 || c === 10 || c === 13)) continue; return false; }
      if (c < 0x7F) continue;
      if (c <= 0x9F) return false;
      if (c >= 0xD800 && c <= 0xDBFF) {
        var d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (d < 0xDC00 || d > 0xDFFF) return false;
        if ((((c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000) & 0xFFFE) === 0xFFFE) return false;
        i++;
        continue;
      }
      if ((c >= 0xDC00 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE) return false;
    }
    return true;
  }
  /**
   * True when the whole of s matches a compiled pattern ({ p: [op, a, b, …], s: [[low, high, …], …] }), as
   * FormFactory.Runtime.Matching.PatternProgram.Matches does: all states of the automaton at once, so the time is
   * linear in the length of s whatever the pattern (ops: 0 step over a code unit in set a, 1 split to a and b,
   * 2 jump to a, 3 accept).
   */
  function matchPattern(program, s) {
    var code = program.p, sets = program.s, n = code.length / 3;
    var seen = new Array(n), generation = 1, current = [], next = [];
    function close(start, list) {
      var stack = [start];
      while (stack.length) {
        var pc = stack.pop();
        if (seen[pc] === generation) continue;
        seen[pc] = generation;
        var op = code[pc * 3];
        if (op === 1) { stack.push(code[pc * 3 + 2]); stack.push(code[pc * 3 + 1]); }
        else if (op === 2) stack.push(code[pc * 3 + 1]);
        else list.push(pc);
      }
    }
    function contains(ranges, c) {
      for (var i = 0; i < ranges.length; i += 2) {
        if (c < ranges[i]) return false;
        if (c <= ranges[i + 1]) return true;
      }
      return false;
    }
    close(0, current);
    for (var i = 0; i < s.length; i++) {
      generation++;
      var c = s.charCodeAt(i);
      next = [];
      for (var k = 0; k < current.length; k++) {
        var pc = current[k];
        if (code[pc * 3] === 0 && contains(sets[code[pc * 3 + 1]], c)) close(pc + 1, next);
      }
      current = next;
      if (!current.length) return false;
    }
    for (var m = 0; m < current.length; m++) if (code[current[m] * 3] === 3) return true;
    return false;
  }
  function codePoints(s) { var n = 0; for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) { var d = s.charCodeAt(i + 1); if (d >= 0xDC00 && d <= 0xDFFF) i++; } n++; } return n; }

  // ---- the built-in formats, as FormFactory.Runtime.FormatChecks defines them -----------------------------------

  var formats = {
    email: function (v) {
      if (/\s/.test(v)) return false;
      var at = v.indexOf("@");
      if (at <= 0 || v.indexOf("@", at + 1) >= 0) return false;
      var domain = v.slice(at + 1);
      return domain.length >= 3 && domain.indexOf(".") >= 0 && domain[0] !== "." && domain[domain.length - 1] !== ".";
    },
    phone: function (v) {
      var digits = 0;
      for (var i = 0; i < v.length; i++) {
        var c = v[i];
        if (c >= "0" && c <= "9") digits++;
        else if (c === "+" && i === 0) { /* leading plus */ }
        else if (" /-()".indexOf(c) < 0) return false;
      }
      return digits >= 5 && digits <= 15;
    },
    postcode: function (v) { return /^[0-9]{5}$/.test(v); },
    iban: function (v) {
      if (v.length < 15 || v.length > 34 || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(v)) return false;
      var r = 0;
      for (var k = 0; k < v.length; k++) {
        var c = v[(k + 4) % v.length];
        r = c >= "0" && c <= "9" ? (r * 10 + (c.charCodeAt(0) - 48)) % 97 : (r * 100 + (c.charCodeAt(0) - 55)) % 97;
      }
      return r === 1;
    }
  };
  function normalizeIban(v) { return v.replace(/ /g, "").replace(/[a-z]/g, function (c) { return c.toUpperCase(); }); }
  var LONG_MIN = ff.num("-9223372036854775808"), LONG_MAX = ff.num("9223372036854775807");

  // ---- reading the page into submission values ------------------------------------------------------------------

  /** A value read from the controls: { value } (null when empty) or { wrong: true } for a value of the wrong shape. */
  function readControl(form, field, name) {
    var els = form.elements;
    function one(n) { var e = els.namedItem(n); return e && e.value !== undefined ? e.value : ""; }
    switch (field.kind) {
      case "group": return { value: null };
      case "date": {
        var d = one(name + ".day").trim(), m = one(name + ".month").trim(), y = one(name + ".year").trim();
        if (!d && !m && !y) return { value: null };
        if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return { wrong: true };
        var iso = y + "-" + (m.length < 2 ? "0" + m : m) + "-" + (d.length < 2 ? "0" + d : d);
        var date = new Date(Date.UTC(+y, +m - 1, +d));
        if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +m - 1 || date.getUTCDate() !== +d) return { wrong: true };
        return { value: iso };
      }
      case "boolean": {
        var checked = all(form, "input[name=\"" + cssEscape(name) + "\"]").filter(function (e) { return e.checked; });
        if (!checked.length) return { value: null };
        if (field.display === "checkbox") return { value: checked[0].value === "true" ? true : null };
        return { value: checked[0].value === "true" };
      }
      case "choice": {
        var inputs = all(form, "[name=\"" + cssEscape(name) + "\"]"), v = "";
        each(inputs, function (e) { if (e.tagName === "SELECT" || e.checked) v = e.value; });
        return { value: v === "" ? null : v };
      }
      case "multiChoice": {
        var codes = [];
        each(all(form, "input[name=\"" + cssEscape(name) + "\"]"), function (e) { if (e.checked && codes.indexOf(e.value) < 0) codes.push(e.value); });
        return { value: codes.length ? codes : null };
      }
      case "file": {
        var input = els.namedItem(name);
        var file = input && input.files && input.files[0];
        if (!file) return { value: null };
        var mediaType = file.type || "application/octet-stream";
        if (!textAllowed(file.name, false) || !textAllowed(mediaType, false)) return { wrong: true };
        return { value: { name: file.name, mediaType: mediaType, size: file.size, file: file } };
      }
      case "integer": case "decimal": case "money": {
        var raw = one(name).trim();
        if (raw === "") return { value: null };
        var normalized = raw.replace(",", ".");
        if (!/^-?\d+(\.\d+)?$/.test(normalized)) return { wrong: true };
        var n = ff.num(normalized);
        if (n === null) return { wrong: true };
        if (field.kind === "integer" && (n.s > 0 || ff.lt(n, LONG_MIN) || ff.gt(n, LONG_MAX))) return { wrong: true };
        return { value: n };
      }
      default: {
        var s = one(name);
        if (s === "") return { value: null };
        if (!textAllowed(s, field.kind === "textarea")) return { wrong: true };
        return { value: field.kind === "iban" ? normalizeIban(s) : s };
      }
    }
  }

  function cssEscape(s) { return s.replace(/["\\]/g, "\\$&"); }

  /** Reads every field into a tree of { values, wrong } objects like the validator's GroupValue. */
  function readGroup(form, fields, prefix) {
    var group = { values: {}, wrong: {} };
    each(fields, function (f) {
      if (f.kind === "info") return;
      var name = child(prefix, f.id);
      if (f.kind === "group") {
        if (f.repeat) {
          var entries = itemsOf(form, name).map(function (item) { return readGroup(form, f.fields, name + "[" + item.getAttribute("data-ff-item") + "]"); });
          // The page keeps one slot open even where no entry is needed. Untouched slots at the end, beyond the
          // minimum, are no entries (as the server drops the empty slots of the page without the script); dropping
          // only trailing ones keeps every other entry's index equal to its slot's.
          while (entries.length > f.repeat.min && groupIsEmpty(entries[entries.length - 1])) entries.pop();
          group.values[f.id] = entries;
        } else group.values[f.id] = readGroup(form, f.fields, name);
        return;
      }
      var r = readControl(form, f, name);
      if (r.wrong) group.wrong[f.id] = true;
      else group.values[f.id] = r.value;
    });
    return group;
  }

  /** A group's (or an entry's) read values; arrays have a values() method too, so test the shape exactly. */
  function isGroup(v) { return v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.values === "object" && typeof v.wrong === "object"; }
  function isEntries(v) { return Array.isArray(v) && v.length > 0 && isGroup(v[0]); }

  function groupIsEmpty(g) {
    for (var k in g.wrong) if (g.wrong[k]) return false;
    for (var key in g.values) {
      var v = g.values[key];
      if (v === null || v === undefined) continue;
      if (isEntries(v)) return false;
      if (Array.isArray(v) && !v.length) continue;
      if (isGroup(v)) { if (!groupIsEmpty(v)) return false; } else return false;
    }
    return true;
  }

  function itemsOf(form, repeatName) {
    var container = form.querySelector("[data-ff-repeat][data-ff-name=\"" + cssEscape(repeatName) + "\"]");
    if (!container) return [];
    return all(container.querySelector("[data-ff-items]"), ":scope > [data-ff-item]");
  }

  // ---- one evaluation: values, visibility, errors, as ReferenceValidator.Run -----------------------------------

  function Run(def, root, lang, today) {
    this.def = def;
    this.root = root;
    this.lang = lang;
    this.today = today || ff.berlinToday();
    this.visible = {};
    this.errors = [];
    this.byPath = def.byPath;
  }

  /** The concrete path of a model path under a cursor: hunde[].name with { hunde: 1 } is hunde[1].name. */
  function concrete(modelPath, cursor) {
    var parts = modelPath.split("."), model = "", out = "";
    for (var i = 0; i < parts.length; i++) {
      var seg = parts[i], repeated = seg.slice(-2) === "[]", id = repeated ? seg.slice(0, -2) : seg;
      model = model ? model + "." + id : id;
      out = out ? out + "." + id : id;
      if (repeated) { out += "[" + cursor[model] + "]"; model += "[]"; }
    }
    return out;
  }

  Run.prototype.context = function () {
    var run = this;
    return { today: this.today, read: function (path, k) { return run.read(path, k); } };
  };

  Run.prototype.read = function (modelPath, cursor) {
    var parts = modelPath.split("."), current = this.root, model = "", path = "";
    for (var i = 0; i < parts.length; i++) {
      var seg = parts[i], repeated = seg.slice(-2) === "[]", id = repeated ? seg.slice(0, -2) : seg;
      model = model ? model + "." + id : id;
      path = path ? path + "." + id : id;
      var field = this.byPath[model];
      if (!field || !this.isVisible(field, path, cursor)) return null;
      current = isGroup(current) ? current.values[id] : null;
      if (current === undefined) current = null;
      if (i === parts.length - 1) break;
      if (repeated) {
        var index = cursor[model];
        if (!Array.isArray(current) || index === undefined || index >= current.length) return null;
        current = current[index];
        path += "[" + index + "]";
        model += "[]";
      }
    }
    if (isGroup(current)) return groupIsEmpty(current) ? null : current;
    if (isEntries(current)) return current;
    if (Array.isArray(current) && !current.length) return null;
    if (current && current.file) return current;
    return current === undefined ? null : current;
  };

  Run.prototype.isVisible = function (field, path, cursor) {
    if (!field.visible) return this.parentVisible(path, cursor);
    if (path in this.visible) return this.visible[path] === true;
    this.visible[path] = null;
    var result = this.parentVisible(path, cursor) && ff.truthy(field.visible(this.context(), cursor));
    this.visible[path] = result;
    return result;
  };

  Run.prototype.parentVisible = function (path, cursor) {
    var dot = path.lastIndexOf(".");
    if (dot < 0) return true;
    var parent = path.slice(0, dot);
    if (parent.slice(-1) === "]") parent = parent.slice(0, parent.lastIndexOf("["));
    var field = this.byPath[parent.replace(/\[\d+\]/g, "[]")];
    return !field || this.isVisible(field, parent, cursor);
  };

  Run.prototype.fail = function (path, field, code, arg) {
    var m = field.messages[code];
    var message = m ? text(m, this.lang) : code;
    if (arg !== undefined) message = format(message, arg);
    this.errors.push({ path: path, code: code, message: message });
  };

  /** Required always, or while its requiredWhen is true (ReferenceValidator.IsRequired). */
  Run.prototype.isRequired = function (f, cursor) {
    return !!(f.required || (f.requiredWhen && ff.truthy(f.requiredWhen(this.context(), cursor))));
  };

  /** Checks fields and returns the kept values (visible, non-empty, normalised) as the submission data. */
  Run.prototype.checkFields = function (fields, group, prefix, cursor) {
    var kept = {}, run = this;
    each(fields, function (f) {
      if (f.kind === "info") return;
      var path = child(prefix, f.id);
      if (!run.isVisible(f, path, cursor)) return;
      if (group.wrong[f.id]) { run.fail(path, f, "format"); return; }
      var value = group.values[f.id];
      if (f.kind === "group") {
        if (f.repeat) {
          var list = value || [], count = list.length;
          if (count === 0 && !run.isRequired(f, cursor)) return;
          if (count < f.repeat.min) run.fail(path, f, "repeatMin");
          if (f.repeat.max !== null && count > f.repeat.max) run.fail(path, f, "repeatMax");
          if (count === 0) return; // an empty list is not kept
          kept[f.id] = list.map(function (entry, i) {
            var next = {}; for (var key in cursor) next[key] = cursor[key];
            next[f.path] = i;
            return run.checkFields(f.fields, entry, path + "[" + i + "]", next);
          });
        } else {
          var g = value || { values: {}, wrong: {} };
          if (groupIsEmpty(g)) {
            // An optional group is all or nothing; a required one reports what is missing. Neither keeps anything.
            if (run.isRequired(f, cursor)) run.checkFields(f.fields, g, path, cursor);
            return;
          }
          kept[f.id] = run.checkFields(f.fields, g, path, cursor);
        }
        return;
      }
      if (value === null || value === undefined) {
        if (run.isRequired(f, cursor)) run.fail(path, f, "required");
        return;
      }
      run.checkValue(f, value, path, cursor);
      kept[f.id] = value;
    });
    return kept;
  };

  Run.prototype.checkValue = function (f, value, path, cursor) {
    var run = this, lang = this.lang;
    switch (f.kind) {
      case "text": case "textarea": {
        var length = codePoints(value);
        if (f.minLength !== undefined && length < f.minLength) run.fail(path, f, "minLength");
        if (f.maxLength !== undefined && length > f.maxLength) run.fail(path, f, "maxLength");
        if (f.pattern !== undefined && !matchPattern(f.pattern, value)) run.fail(path, f, "pattern");
        break;
      }
      case "email": case "phone": case "postcode":
        if (!formats[f.kind](value)) run.fail(path, f, "format");
        break;
      case "iban":
        if (!formats.iban(value)) run.fail(path, f, "iban");
        break;
      case "integer": case "decimal": case "money":
        if (f.min !== undefined && ff.lt(value, ff.num(f.min))) run.fail(path, f, "min");
        if (f.max !== undefined && ff.gt(value, ff.num(f.max))) run.fail(path, f, "max");
        if (f.scale !== undefined && value.s > f.scale) run.fail(path, f, "scale");
        break;
      case "date": {
        var min = f.minDate ? f.minDate(run.context(), cursor) : null, max = f.maxDate ? f.maxDate(run.context(), cursor) : null;
        if (typeof min === "string" && value < min) run.fail(path, f, "min", formatDate(min, lang));
        if (typeof max === "string" && value > max) run.fail(path, f, "max", formatDate(max, lang));
        break;
      }
      case "choice":
        if (f.codes && !f.codes.some(function (c) { return c.code === value; })) run.fail(path, f, "codeList");
        break;
      case "multiChoice":
        if (f.codes && value.some(function (v) { return !f.codes.some(function (c) { return c.code === v; }); })) run.fail(path, f, "codeList");
        if (f.minItems !== undefined && value.length < f.minItems) run.fail(path, f, "minItems");
        if (f.maxItems !== undefined && value.length > f.maxItems) run.fail(path, f, "maxItems");
        break;
      case "file":
        if (f.accept && !accepts(f.accept, value.mediaType)) run.fail(path, f, "accept");
        if (f.maxSizeKb !== undefined && value.size > f.maxSizeKb * 1024) run.fail(path, f, "maxSize");
        break;
    }
  };

  function accepts(accept, mediaType) {
    var m = mediaType.toLowerCase();
    return accept.some(function (a) { return a === m || (a.slice(-2) === "/*" && m.indexOf(a.slice(0, -1)) === 0); });
  }

  Run.prototype.checkRules = function () {
    var run = this;
    each(this.def.rules, function (rule) {
      if (rule.when && !ff.truthy(rule.when(run.context(), {}))) return;
      for (var i = 0; i < rule.reads.length; i++) if (ff.isEmpty(run.read(rule.reads[i], {}))) return;
      if (ff.truthy(rule.assert(run.context(), {}))) return;
      run.errors.push({ path: rule.on, code: rule.id, message: text(rule.message, run.lang) });
    });
  };

  function validate(state) {
    var run = new Run(state.def, readGroup(state.form, state.def.fields, ""), state.lang);
    var kept = run.checkFields(state.def.fields, run.root, "", {});
    run.checkRules();
    return { run: run, errors: run.errors, kept: kept };
  }

  // ---- showing errors -------------------------------------------------------------------------------------------

  function clearErrors(state) {
    each(all(state.form, "[data-ff-script-error]"), function (e) { e.parentNode.removeChild(e); });
    each(all(state.form, ".kern-error"), function (e) { e.parentNode.removeChild(e); });
    each(all(state.form, "[aria-invalid]"), function (e) { e.removeAttribute("aria-invalid"); });
    each(all(state.form, ".kern-form-input--error"), function (e) { e.classList.remove("kern-form-input--error"); });
    each(all(state.form, "[aria-describedby]"), function (e) {
      var ids = e.getAttribute("aria-describedby").split(" ").filter(function (id) { return id.slice(-6) !== "-error"; });
      if (ids.length) e.setAttribute("aria-describedby", ids.join(" ")); else e.removeAttribute("aria-describedby");
    });
    state.summary.hidden = true;
    state.summaryList.textContent = "";
  }

  function showErrors(state, errors) {
    clearErrors(state);
    if (!errors.length) return;
    var ui = state.ui;
    each(errors, function (error) {
      var li = document.createElement("li");
      var target = error.path ? document.getElementById(htmlId(error.path)) : null;
      if (target) {
        var a = document.createElement("a");
        a.href = "#" + htmlId(error.path);
        a.textContent = error.message;
        a.addEventListener("click", function (event) { event.preventDefault(); focusField(state, error.path); });
        li.appendChild(a);
      } else li.textContent = error.message;
      state.summaryList.appendChild(li);
      var container = error.path ? state.form.querySelector("[data-ff-name=\"" + cssEscape(error.path) + "\"]") : null;
      if (!container || container.querySelector(":scope > .kern-error, :scope > fieldset > .kern-error")) return;
      var p = document.createElement("p");
      p.className = "kern-error";
      p.id = htmlId(error.path) + "--error";
      var prefix = document.createElement("span");
      prefix.className = "ff-visually-hidden";
      prefix.textContent = ui.error_prefix + " ";
      p.appendChild(prefix);
      p.appendChild(document.createTextNode(error.message));
      var scope = container.querySelector(":scope > fieldset") || container;
      var hint = scope.querySelector(":scope > .kern-hint");
      var anchor = hint || scope.querySelector(":scope > legend, :scope > label");
      if (anchor && anchor.nextSibling) scope.insertBefore(p, anchor.nextSibling);
      else scope.insertBefore(p, scope.firstChild);
      container.classList.add("kern-form-input--error");
      each(all(container, "input, select, textarea").filter(function (e) { return e.closest("[data-ff-name]") === container; }), function (e) { e.setAttribute("aria-invalid", "true"); });
      var described = container.querySelector(":scope > fieldset") || container.querySelector("input, select, textarea");
      if (described) {
        var ids = (described.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        ids.push(p.id);
        described.setAttribute("aria-describedby", ids.join(" "));
      }
    });
    state.summary.hidden = false;
    state.summary.focus();
  }

  function focusField(state, path) {
    var top = path.split(/[.\[]/)[0];
    var stepIndex = state.stepOf[top];
    if (stepIndex !== undefined) {
      // A change link on the check page: after the step, go straight back there (GOV.UK "check answers").
      if (state.mode === "check") state.returnToCheck = true;
      showStep(state, stepIndex, true);
    }
    var el = document.getElementById(htmlId(path));
    if (el) { el.focus(); if (el.scrollIntoView) el.scrollIntoView({ block: "center" }); }
  }

  // ---- conditional reveal ---------------------------------------------------------------------------------------

  function cursorOf(name) {
    var cursor = {}, re = /\[(\d+)\]/g, match, model = "", last = 0;
    while ((match = re.exec(name)) !== null) {
      model += name.slice(last, match.index);
      cursor[model.replace(/\[\d+\]/g, "[]")] = +match[1];
      model += "[]";
      last = match.index + match[0].length;
    }
    return cursor;
  }

  function reveal(state) {
    var run = new Run(state.def, readGroup(state.form, state.def.fields, ""), state.lang);
    each(all(state.form, "[data-ff-conditional]"), function (container) {
      if (container.closest("template")) return;
      var field = state.def.byPath[container.getAttribute("data-ff-field")];
      var name = container.getAttribute("data-ff-name");
      if (!field) return;
      container.hidden = !run.isVisible(field, name, cursorOf(name));
    });
  }

  // ---- add another ----------------------------------------------------------------------------------------------

  // The attributes that hold an entry's index: ids and names, made of field ids (letters and digits only) and indices.
  // Only these (and the [data-ff-number] texts) are ever rewritten, never text as a whole, so no label, hint, code or
  // other designer text can be changed by adding, removing or renumbering entries, whatever it holds.
  var INDEX_ATTRIBUTES = ["id", "name", "for", "aria-describedby", "data-ff-name", "href"];

  /** Replaces <from> by <to> in the index attributes of <root> (an element or a template's content) and all within, nested templates included. */
  function putIndex(root, from, to) {
    each((root.nodeType === 1 ? [root] : []).concat(all(root, "*")), function (el) {
      each(INDEX_ATTRIBUTES.concat(["data-ff-item"]), function (attr) {
        var v = el.getAttribute(attr);
        if (v === null) return;
        var next = v.split(from).join(to);
        if (next !== v) el.setAttribute(attr, next);
      });
      if (el.tagName === "TEMPLATE") putIndex(el.content, from, to);
    });
  }

  function renumber(container) {
    var name = container.getAttribute("data-ff-name"), id = htmlId(name);
    var items = all(container.querySelector("[data-ff-items]"), ":scope > [data-ff-item]");
    each(items, function (item, i) {
      var old = item.getAttribute("data-ff-item");
      if (old === String(i)) return;
      var fromName = name + "[" + old + "]", toName = name + "[" + i + "]";
      var fromId = id + "-" + old, toId = id + "-" + i;
      each([item].concat(all(item, "*")), function (el) {
        each(INDEX_ATTRIBUTES, function (attr) {
          var v = el.getAttribute(attr);
          if (v === null) return;
          var next = v.split(fromName).join(toName).split(fromId).join(toId);
          if (next !== v) el.setAttribute(attr, next);
        });
      });
      item.setAttribute("data-ff-item", String(i));
    });
    each(items, function (item, i) {
      each(all(item, "[data-ff-number]").filter(function (n) { return n.closest("[data-ff-item]") === item; }), function (n) { n.textContent = String(i + 1); });
    });
    updateRepeatButtons(container);
  }

  function updateRepeatButtons(container) {
    var min = +container.getAttribute("data-ff-min"), max = +container.getAttribute("data-ff-max");
    var items = all(container.querySelector("[data-ff-items]"), ":scope > [data-ff-item]");
    var add = container.querySelector(":scope > fieldset > [data-ff-add]");
    if (add) add.hidden = max > 0 && items.length >= max;
    each(items, function (item) {
      var remove = item.querySelector(":scope > [data-ff-remove]");
      if (remove) remove.hidden = items.length <= Math.max(min, 1);
    });
  }

  function itemIsEmpty(item) {
    // Unchanged since the page was delivered: the spare slots carry no values, defaults included.
    if (item.hasAttribute("data-ff-filled")) return false;
    return all(item, "input, select, textarea").every(function (e) {
      if (e.type === "radio" || e.type === "checkbox") return e.checked === e.defaultChecked;
      if (e.type === "file") return !(e.files && e.files.length);
      if (e.tagName === "SELECT") return all(e, "option").every(function (o) { return o.selected === o.defaultSelected || (o.index === 0 && !all(e, "option").some(function (x) { return x.defaultSelected; })); });
      return e.value === e.defaultValue;
    });
  }

  function setUpRepeat(state, container) {
    var min = +container.getAttribute("data-ff-min");
    var list = container.querySelector("[data-ff-items]");
    var items = all(list, ":scope > [data-ff-item]");
    // The page offers every slot for use without the script; keep the filled ones and at least the minimum.
    for (var i = items.length - 1; i >= Math.max(min, 1); i--) {
      if (itemIsEmpty(items[i])) list.removeChild(items[i]); else break;
    }
    var template = container.querySelector(":scope > fieldset > template[data-ff-item-template]");
    var add = container.querySelector(":scope > fieldset > [data-ff-add]");
    var depth = container.getAttribute("data-ff-depth");
    if (add && template) add.addEventListener("click", function () {
      var count = list.querySelectorAll(":scope > [data-ff-item]").length;
      // A copy of the template's elements with the index put into their ids and names (renumber sets the numbers);
      // texts are left as they are, so a text holding the placeholder stays as the designer wrote it.
      var item = document.importNode(template.content, true).querySelector("[data-ff-item]");
      putIndex(item, "__" + depth + "__", String(count));
      list.appendChild(item);
      each(all(item, "[data-ff-repeat]"), function (inner) { setUpRepeat(state, inner); });
      renumber(container);
      reveal(state);
      var first = item.querySelector("input, select, textarea");
      if (first) first.focus();
    });
    list.addEventListener("click", function (event) {
      var button = event.target.closest("[data-ff-remove]");
      if (!button || button.closest("[data-ff-repeat]") !== container) return;
      var item = button.closest("[data-ff-item]");
      list.removeChild(item);
      renumber(container);
      reveal(state);
      var legend = container.querySelector(":scope > fieldset > legend");
      if (legend) legend.focus();
    });
    updateRepeatButtons(container);
  }

  // ---- steps, check your answers, sending ----------------------------------------------------------------------

  /** Shows step <index>; focus moves to its title (so screen readers announce it) unless <quiet> (the first view). */
  function showStep(state, index, keepErrors, quiet) {
    state.mode = "steps";
    state.current = index;
    each(state.steps, function (step, i) { step.hidden = i !== index; });
    state.check.hidden = true;
    state.actions.hidden = true;
    if (state.backLink) state.backLink.hidden = index === 0;
    if (!keepErrors) clearErrors(state);
    var title = state.steps[index].querySelector(".ff-step__title");
    if (title && !keepErrors && !quiet) title.focus();
  }

  function stepErrors(state, index, errors) {
    var ids = state.def.steps[index].fields;
    return errors.filter(function (e) { return ids.indexOf(e.path.split(/[.\[]/)[0]) >= 0; });
  }

  function back(state) {
    state.returnToCheck = false;
    showStep(state, state.mode === "check" ? state.steps.length - 1 : Math.max(0, state.current - 1));
  }

  function next(state) {
    var errors = stepErrors(state, state.current, validate(state).errors);
    if (errors.length) { showErrors(state, errors); return; }
    if (state.returnToCheck) { state.returnToCheck = false; showCheck(state); return; }
    if (state.current + 1 < state.steps.length) showStep(state, state.current + 1);
    else showCheck(state);
  }

  function displayValue(state, f, value) {
    var ui = state.ui, lang = state.lang;
    switch (f.kind) {
      case "boolean": return value ? ui.yes : ui.no;
      case "date": return formatDate(value, lang);
      case "choice": { var c = (f.codes || []).filter(function (x) { return x.code === value; })[0]; return c ? text(c.label, lang) : value; }
      case "multiChoice": return value.map(function (v) { var c = (f.codes || []).filter(function (x) { return x.code === v; })[0]; return c ? text(c.label, lang) : v; }).join(", ");
      case "file": return value.name;
      case "integer": case "decimal": case "money": {
        var s = ff.format(value);
        if (f.kind === "money" && s.indexOf(".") < 0) s += ".00";
        else if (f.kind === "money" && s.length - s.indexOf(".") === 2) s += "0";
        if (lang === "de") s = s.replace(".", ",");
        return f.kind === "money" ? s + " €" : s;
      }
      default: return String(value);
    }
  }

  function summaryRows(state, fields, kept, prefix, dl) {
    each(fields, function (f) {
      if (f.kind === "info" || !(f.id in kept)) return;
      var path = child(prefix, f.id), value = kept[f.id];
      if (f.kind === "group") {
        if (f.repeat) each(value, function (entry, i) {
          addRow(state, dl, text(f.itemLabel || f.label, state.lang) + " " + (i + 1), "", null);
          summaryRows(state, f.fields, entry, path + "[" + i + "]", dl);
        });
        else summaryRows(state, f.fields, value, path, dl);
        return;
      }
      addRow(state, dl, text(f.label, state.lang), displayValue(state, f, value), path);
    });
  }

  function addRow(state, dl, key, value, path) {
    var row = document.createElement("div");
    row.className = "kern-description-list-item";
    var dt = document.createElement("dt");
    dt.className = "kern-description-list-item__key";
    dt.textContent = key;
    var dd = document.createElement("dd");
    dd.className = "kern-description-list-item__value";
    dd.textContent = value;
    row.appendChild(dt);
    row.appendChild(dd);
    if (path) {
      var action = document.createElement("dd");
      action.className = "ff-summary__action";
      var a = document.createElement("a");
      a.href = "#" + htmlId(path);
      a.textContent = state.ui.check_change;
      var hidden = document.createElement("span");
      hidden.className = "ff-visually-hidden";
      hidden.textContent = " " + key;
      a.appendChild(hidden);
      a.addEventListener("click", function (event) { event.preventDefault(); focusField(state, path); });
      action.appendChild(a);
      row.appendChild(action);
    }
    dl.appendChild(row);
  }

  function showCheck(state) {
    var result = validate(state);
    state.mode = "check";
    each(state.steps, function (step) { step.hidden = true; });
    state.checkList.textContent = "";
    each(state.def.steps, function (step) {
      var section = document.createElement("div");
      section.className = "kern-summary";
      var header = document.createElement("div");
      header.className = "kern-summary__header";
      var h = document.createElement("h3");
      h.className = "kern-summary-group__header";
      h.textContent = text(step.title, state.lang);
      header.appendChild(h);
      var body = document.createElement("div");
      body.className = "kern-summary__body";
      var dl = document.createElement("dl");
      dl.className = "ff-description-list";
      summaryRows(state, state.def.fields.filter(function (f) { return step.fields.indexOf(f.id) >= 0; }), result.kept, "", dl);
      body.appendChild(dl);
      section.appendChild(header);
      section.appendChild(body);
      state.checkList.appendChild(section);
    });
    state.check.hidden = false;
    state.actions.hidden = false;
    if (state.backLink) state.backLink.hidden = false;
    clearErrors(state);
    state.check.querySelector("h2").focus();
  }

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return out;
  }

  function base64(buffer) {
    var bytes = new Uint8Array(buffer), s = "";
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }

  /** Serialises kept values; numbers are written from their exact decimal text. */
  function toJson(value, files, path) {
    if (value === null || value === undefined) return "null";
    if (ff.isNum(value)) return ff.format(value);
    if (Array.isArray(value)) return "[" + value.map(function (v, i) { return toJson(v, files, v && typeof v === "object" && !ff.isNum(v) && !Array.isArray(v) ? path + "[" + i + "]" : path); }).join(",") + "]";
    // A NUL never appears unescaped in JSON text, so the placeholder cannot collide with a citizen's answer.
    if (value && value.file) { files.push({ path: path, value: value }); return "\u0000" + (files.length - 1) + "\u0000"; }
    if (typeof value === "object") {
      var parts = [];
      for (var k in value) parts.push(JSON.stringify(k) + ":" + toJson(value[k], files, path ? path + "." + k : k));
      return "{" + parts.join(",") + "}";
    }
    return JSON.stringify(value);
  }

  // One key per filled-in form, kept in sessionStorage: a retry after a lost answer (or a reload) sends the same key,
  // so the host answers with the first reference instead of storing the application twice. A success forgets it.
  function idempotencyKeyName(state) { return "formfactory-idempotency:" + state.tenant + ":" + state.def.id; }

  function idempotencyKey(state) {
    var name = idempotencyKeyName(state), key = null;
    try { key = root.sessionStorage.getItem(name); } catch (e) { key = state.idempotencyKey || null; }
    if (!key) {
      var bytes = new Uint8Array(16);
      root.crypto.getRandomValues(bytes);
      key = hex(bytes.buffer);
      try { root.sessionStorage.setItem(name, key); } catch (e) { state.idempotencyKey = key; }
    }
    return key;
  }

  function forgetIdempotencyKey(state) {
    state.idempotencyKey = null;
    try { root.sessionStorage.removeItem(idempotencyKeyName(state)); } catch (e) { /* storage unavailable: nothing kept */ }
  }

  function send(state, event) {
    var result = validate(state);
    if (result.errors.length) {
      event.preventDefault();
      var first = result.errors[0].path.split(/[.\[]/)[0];
      if (state.stepOf[first] !== undefined) showStep(state, state.stepOf[first], true);
      showErrors(state, result.errors);
      return;
    }
    var files = [];
    var data = toJson(result.kept, files, "");
    if (files.length && !(root.crypto && root.crypto.subtle)) return; // let the browser post multipart/form-data
    event.preventDefault();
    var ui = state.ui;
    Promise.all(files.map(function (f) { return f.value.file.arrayBuffer(); })).then(function (buffers) {
      return Promise.all(buffers.map(function (b) { return root.crypto.subtle.digest("SHA-256", b); })).then(function (digests) {
        var attachments = [];
        each(files, function (f, i) {
          var meta = "{\"name\":" + JSON.stringify(f.value.name) + ",\"mediaType\":" + JSON.stringify(f.value.mediaType) + ",\"size\":" + f.value.size + ",\"sha256\":\"" + hex(digests[i]) + "\"}";
          data = data.replace("\u0000" + i + "\u0000", meta);
          attachments.push("{\"path\":" + JSON.stringify(f.path) + "," + meta.slice(1, -1) + ",\"content\":\"" + base64(buffers[i]) + "\"}");
        });
        var body = "{\"form\":" + JSON.stringify(state.def.id) + ",\"version\":" + JSON.stringify(state.def.version) + ",\"tenant\":" + JSON.stringify(state.tenant) +
          ",\"language\":" + JSON.stringify(state.lang) + ",\"data\":" + data + ",\"attachments\":[" + attachments.join(",") + "]}";
        return fetch(state.endpoint, { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json", "Idempotency-Key": idempotencyKey(state) }, body: body });
      });
    }).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, ok: response.ok, json: json }; }, function () { return { status: response.status, ok: false, json: null }; });
    }).then(function (answer) {
      if (answer.ok && answer.json && typeof answer.json.reference === "string") {
        forgetIdempotencyKey(state);
        state.form.hidden = true;
        state.confirmation.querySelector("[data-ff-reference]").textContent = answer.json.reference;
        state.confirmation.hidden = false;
        state.confirmation.focus();
      } else if (answer.json && Array.isArray(answer.json.errors)) {
        showErrors(state, answer.json.errors.map(function (e) { return { path: e.path || "", code: e.code, message: e.message }; }));
      } else showErrors(state, [{ path: "", code: "send", message: ui.send_failed }]);
    }, function () {
      showErrors(state, [{ path: "", code: "send", message: ui.send_failed }]);
    });
  }

  // ---- start ----------------------------------------------------------------------------------------------------

  function index(def) {
    def.byPath = {};
    (function walk(fields) {
      each(fields, function (f) {
        def.byPath[f.path] = f;
        if (f.fields) walk(f.fields);
      });
    })(def.fields);
  }

  function start(def) {
    var form = document.querySelector("form[data-ff-form=\"" + cssEscape(def.id) + "\"]");
    if (!form || !ff) return;
    index(def);
    var lang = document.documentElement.lang === "en" ? "en" : "de";
    // The tenant and its endpoint are the page's (its _tenant field and form action), so the module is the same for every tenant.
    var tenant = form.elements.namedItem("_tenant");
    var state = {
      def: def, form: form, lang: lang, ui: root.FormFactoryForms.ui[lang],
      tenant: tenant ? tenant.value : null, endpoint: form.getAttribute("action") || null,
      steps: all(form, "[data-ff-step]"), check: form.querySelector("[data-ff-check]"), checkList: form.querySelector("[data-ff-check-list]"),
      actions: form.querySelector("[data-ff-submit-actions]"), summary: document.querySelector("[data-ff-error-summary]"),
      summaryList: document.querySelector("[data-ff-error-list]"), confirmation: document.querySelector("[data-ff-confirmation]"),
      backLink: form.querySelector("[data-ff-back-link]"),
      stepOf: {}, current: 0, mode: "steps", returnToCheck: false
    };
    each(def.steps, function (step, i) { each(step.fields, function (id) { state.stepOf[id] = i; }); });
    document.documentElement.classList.add("ff-js");
    each(all(form, "[data-ff-repeat]"), function (c) { if (!c.closest("template")) setUpRepeat(state, c); });
    each(all(form, "[data-ff-add]"), function (b) { if (!b.closest("template")) updateRepeatButtons(b.closest("[data-ff-repeat]")); });
    each(all(form, "[data-ff-step-nav]"), function (nav) { nav.hidden = false; });
    form.addEventListener("click", function (event) {
      if (event.target.closest("[data-ff-next]")) { event.preventDefault(); next(state); }
      else if (event.target.closest("[data-ff-back]")) { event.preventDefault(); back(state); }
    });
    form.addEventListener("input", function () { reveal(state); });
    form.addEventListener("change", function () { reveal(state); });
    form.addEventListener("submit", function (event) {
      if (state.mode !== "check") { event.preventDefault(); next(state); return; }
      if (!state.endpoint) { event.preventDefault(); return; }
      send(state, event);
    });
    reveal(state);
    var serverErrors = all(document, "[data-ff-error-list] li").length > 0;
    var first = 0;
    if (serverErrors) {
      var link = document.querySelector("[data-ff-error-list] a");
      var top = link ? link.getAttribute("href").slice(1) : "";
      each(def.steps, function (step, i) { each(step.fields, function (id) { if (top === "ff-" + id || top.indexOf("ff-" + id + "-") === 0) first = i; }); });
    }
    showStep(state, first, serverErrors, true);
    if (serverErrors) state.summary.focus();
  }

  root.FormFactoryForms = {
    /** The interface texts per language ("de", "en"): the package's script library sets them after this file. */
    ui: {},
    register: function (def) {
      forms.push(def);
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { start(def); });
      else start(def);
    },
    /** For tests: the checks without a page. */
    internals: { formats: formats, textAllowed: textAllowed, matchPattern: matchPattern, concrete: concrete, cursorOf: cursorOf, htmlId: htmlId, Run: Run, isGroup: isGroup, groupIsEmpty: groupIsEmpty, toJson: toJson }
  };
})(this);
