/*
 * FormFactory expression runtime. Implements the evaluation semantics of the definition format exactly as the
 * C# interpreter (FormFactory.Definitions.Expressions.Interpreter) does; JavaScriptPrinter emits calls to it.
 * Values: null for empty; numbers as { m: BigInt coefficient, s: scale }; dates as "YYYY-MM-DD" strings;
 * texts as strings; booleans; multiChoice as arrays of codes; repeated groups as arrays of entries.
 * A cursor maps a repeated group's model path to the entry being looked at.
 */
(function (root) {
  "use strict";
  var ZERO = BigInt(0), ONE = BigInt(1), TEN = BigInt(10), TWO = BigInt(2);
  var MAX_COEFFICIENT = (ONE << BigInt(96)) - ONE;
  var MAX_SCALE = 28, DIVISION_SCALE = 10;

  function pow10(n) { var r = ONE; for (var i = 0; i < n; i++) r *= TEN; return r; }
  function abs(x) { return x < ZERO ? -x : x; }
  function isNum(v) { return v !== null && typeof v === "object" && typeof v.m === "bigint"; }

  /** A number in range, trailing zeros removed; null when outside the C# decimal range. */
  function make(m, s) {
    while (s > 0 && m !== ZERO && m % TEN === ZERO) { m /= TEN; s--; }
    if (m === ZERO) return { m: ZERO, s: 0 };
    if (s > MAX_SCALE || abs(m) > MAX_COEFFICIENT) return null;
    return { m: m, s: s };
  }

  /** Parses "12", "-3.50", "1e3" (exponent form as JSON may write it). */
  function num(text) {
    if (text === null || text === undefined) return null;
    text = String(text).trim();
    var match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!match || (match[2] === "" && (match[3] || "") === "")) return null;
    var digits = match[2] + (match[3] || ""), s = (match[3] || "").length, e = match[4] ? parseInt(match[4], 10) : 0;
    var m = BigInt(digits === "" ? "0" : digits);
    if (e > 0) { m *= pow10(e); } else if (e < 0) { s -= e; }
    if (s < 0) { m *= pow10(-s); s = 0; }
    return make(match[1] === "-" ? -m : m, s);
  }

  function format(n) {
    if (!isNum(n)) return null;
    var neg = n.m < ZERO, digits = abs(n.m).toString();
    if (n.s === 0) return (neg ? "-" : "") + digits;
    while (digits.length <= n.s) digits = "0" + digits;
    return (neg ? "-" : "") + digits.slice(0, digits.length - n.s) + "." + digits.slice(digits.length - n.s);
  }

  function add(a, b) {
    if (!isNum(a) || !isNum(b)) return null;
    var s = Math.max(a.s, b.s);
    return make(a.m * pow10(s - a.s) + b.m * pow10(s - b.s), s);
  }
  function neg(a) { return isNum(a) ? { m: -a.m, s: a.s } : null; }
  function sub(a, b) { return isNum(b) ? add(a, neg(b)) : null; }
  function mul(a, b) { return isNum(a) && isNum(b) ? make(a.m * b.m, a.s + b.s) : null; }
  function div(a, b) {
    if (!isNum(a) || !isNum(b) || b.m === ZERO) return null;
    var e = b.s - a.s + DIVISION_SCALE;
    var n = e >= 0 ? a.m * pow10(e) : a.m, d = e >= 0 ? b.m : b.m * pow10(-e);
    var q = n / d, r = n % d;
    if (abs(r) * TWO >= abs(d)) q += ((n < ZERO) !== (d < ZERO)) ? -ONE : ONE;
    return make(q, DIVISION_SCALE);
  }

  function compare(a, b) {
    if (a === null || b === null || a === undefined || b === undefined) return null;
    if (isNum(a) && isNum(b)) {
      var s = Math.max(a.s, b.s), x = a.m * pow10(s - a.s), y = b.m * pow10(s - b.s);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
    return null;
  }

  function isEmpty(v) { return v === null || v === undefined; }
  /** == and != between values: false whenever one is empty (emptiness is tested with isEmpty, printed for "x == null"). */
  function eq(a, b) {
    if (isEmpty(a) || isEmpty(b)) return false;
    if (isNum(a) && isNum(b)) return compare(a, b) === 0;
    return a === b;
  }
  function ne(a, b) {
    if (isEmpty(a) || isEmpty(b)) return false;
    return !eq(a, b);
  }

  function truthy(v) { return v === true; }
  function lt(a, b) { var c = compare(a, b); return c !== null && c < 0; }
  function le(a, b) { var c = compare(a, b); return c !== null && c <= 0; }
  function gt(a, b) { var c = compare(a, b); return c !== null && c > 0; }
  function ge(a, b) { var c = compare(a, b); return c !== null && c >= 0; }

  function codePoints(s) { var n = 0; for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) { var d = s.charCodeAt(i + 1); if (d >= 0xDC00 && d <= 0xDFFF) i++; } n++; } return n; }
  function fromInt(n) { return { m: BigInt(n), s: 0 }; }
  function len(v) {
    if (typeof v === "string") return fromInt(codePoints(v));
    if (Array.isArray(v)) return fromInt(v.length);
    return fromInt(0);
  }
  function contains(list, code) {
    if (!Array.isArray(list) || typeof code !== "string") return false;
    for (var i = 0; i < list.length; i++) if (list[i] === code) return true;
    return false;
  }
  function count(list) { return fromInt(Array.isArray(list) ? list.length : 0); }
  function enter(cursor, groupPath, index) {
    var next = {};
    for (var k in cursor) if (Object.prototype.hasOwnProperty.call(cursor, k)) next[k] = cursor[k];
    next[groupPath] = index;
    return next;
  }
  function sum(list, groupPath, cursor, valueOf) {
    var total = fromInt(0);
    if (!Array.isArray(list)) return total;
    for (var i = 0; i < list.length; i++) {
      var v = valueOf(enter(cursor, groupPath, i));
      if (isNum(v)) { total = add(total, v); if (total === null) return null; }
    }
    return total;
  }
  function age(date, today) {
    if (typeof date !== "string" || typeof today !== "string") return null;
    var years = parseInt(today.slice(0, 4), 10) - parseInt(date.slice(0, 4), 10);
    if (today.slice(5) < date.slice(5)) years--;
    return fromInt(years);
  }

  /** Today in Europe/Berlin as YYYY-MM-DD. */
  function berlinToday(now) {
    var parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now || new Date());
    var get = function (t) { for (var i = 0; i < parts.length; i++) if (parts[i].type === t) return parts[i].value; return ""; };
    return get("year") + "-" + get("month") + "-" + get("day");
  }

  var api = {
    num: num, format: format, add: add, sub: sub, mul: mul, div: div, neg: neg,
    eq: eq, ne: ne, lt: lt, le: le, gt: gt, ge: ge,
    truthy: truthy, len: len, isEmpty: isEmpty, contains: contains, count: count, sum: sum, age: age,
    enter: enter, berlinToday: berlinToday, isNum: isNum
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.FormFactoryExpressions = api;
})(this);
