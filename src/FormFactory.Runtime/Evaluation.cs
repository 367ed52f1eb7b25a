using System;
using System.Collections.Generic;

namespace FormFactory.Runtime
{
    /// <summary>
    /// The operations of the expression language with its null semantics, for expressions printed to C#: an empty
    /// value is null; comparisons involving null are false (emptiness is tested with <see cref="IsNull(object)"/>);
    /// arithmetic with null gives null; null is false in a boolean context; numbers are exact
    /// (<see cref="ExactDecimal"/>). Each operation means exactly what the reference interpreter does.
    /// </summary>
    public static class Evaluation
    {
        /// <summary>The boolean-context reading: only <c>true</c> is true.</summary>
        public static bool IsTrue(bool? value) => value == true;

        /// <summary><c>x == null</c>: true when the value is empty.</summary>
        public static bool IsNull(bool? value) => value == null;

        /// <summary><c>x == null</c>: true when the value is empty.</summary>
        public static bool IsNull(decimal? value) => value == null;

        /// <summary><c>x == null</c>: true when the value is empty.</summary>
        public static bool IsNull(DateTime? value) => value == null;

        /// <summary><c>x == null</c>: true when the value is empty.</summary>
        public static bool IsNull(object? value) => value == null;

        /// <summary><c>a == b</c> for booleans; false when either is empty.</summary>
        public static bool Equal(bool? a, bool? b) => a != null && b != null && a.Value == b.Value;

        /// <summary><c>a == b</c> for numbers (1.0 equals 1); false when either is empty.</summary>
        public static bool Equal(decimal? a, decimal? b) => a != null && b != null && a.Value == b.Value;

        /// <summary><c>a == b</c> for texts, ordinal and case-sensitive; false when either is empty.</summary>
        public static bool Equal(string? a, string? b) => a != null && b != null && string.Equals(a, b, StringComparison.Ordinal);

        /// <summary><c>a == b</c> for dates; false when either is empty.</summary>
        public static bool Equal(DateTime? a, DateTime? b) => a != null && b != null && a.Value == b.Value;

        /// <summary><c>a != b</c> for booleans; false when either is empty.</summary>
        public static bool NotEqual(bool? a, bool? b) => a != null && b != null && a.Value != b.Value;

        /// <summary><c>a != b</c> for numbers; false when either is empty.</summary>
        public static bool NotEqual(decimal? a, decimal? b) => a != null && b != null && a.Value != b.Value;

        /// <summary><c>a != b</c> for texts; false when either is empty.</summary>
        public static bool NotEqual(string? a, string? b) => a != null && b != null && !string.Equals(a, b, StringComparison.Ordinal);

        /// <summary><c>a != b</c> for dates; false when either is empty.</summary>
        public static bool NotEqual(DateTime? a, DateTime? b) => a != null && b != null && a.Value != b.Value;

        /// <summary><c>a &lt; b</c>; false when either is empty.</summary>
        public static bool Less(decimal? a, decimal? b) => a != null && b != null && a.Value < b.Value;

        /// <summary><c>a &lt; b</c>, chronologically; false when either is empty.</summary>
        public static bool Less(DateTime? a, DateTime? b) => a != null && b != null && a.Value < b.Value;

        /// <summary><c>a &lt; b</c>, ordinally; false when either is empty.</summary>
        public static bool Less(string? a, string? b) => a != null && b != null && string.CompareOrdinal(a, b) < 0;

        /// <summary><c>a &lt;= b</c>; false when either is empty.</summary>
        public static bool LessOrEqual(decimal? a, decimal? b) => a != null && b != null && a.Value <= b.Value;

        /// <summary><c>a &lt;= b</c>, chronologically; false when either is empty.</summary>
        public static bool LessOrEqual(DateTime? a, DateTime? b) => a != null && b != null && a.Value <= b.Value;

        /// <summary><c>a &lt;= b</c>, ordinally; false when either is empty.</summary>
        public static bool LessOrEqual(string? a, string? b) => a != null && b != null && string.CompareOrdinal(a, b) <= 0;

        /// <summary><c>a &gt; b</c>; false when either is empty.</summary>
        public static bool Greater(decimal? a, decimal? b) => a != null && b != null && a.Value > b.Value;

        /// <summary><c>a &gt; b</c>, chronologically; false when either is empty.</summary>
        public static bool Greater(DateTime? a, DateTime? b) => a != null && b != null && a.Value > b.Value;

        /// <summary><c>a &gt; b</c>, ordinally; false when either is empty.</summary>
        public static bool Greater(string? a, string? b) => a != null && b != null && string.CompareOrdinal(a, b) > 0;

        /// <summary><c>a &gt;= b</c>; false when either is empty.</summary>
        public static bool GreaterOrEqual(decimal? a, decimal? b) => a != null && b != null && a.Value >= b.Value;

        /// <summary><c>a &gt;= b</c>, chronologically; false when either is empty.</summary>
        public static bool GreaterOrEqual(DateTime? a, DateTime? b) => a != null && b != null && a.Value >= b.Value;

        /// <summary><c>a &gt;= b</c>, ordinally; false when either is empty.</summary>
        public static bool GreaterOrEqual(string? a, string? b) => a != null && b != null && string.CompareOrdinal(a, b) >= 0;

        /// <summary><c>a + b</c>, exactly; null when either is empty or the result is out of range.</summary>
        public static decimal? Add(decimal? a, decimal? b) => a != null && b != null ? ExactDecimal.Add(a.Value, b.Value) : null;

        /// <summary><c>a - b</c>, exactly; null when either is empty or the result is out of range.</summary>
        public static decimal? Subtract(decimal? a, decimal? b) => a != null && b != null ? ExactDecimal.Subtract(a.Value, b.Value) : null;

        /// <summary><c>a * b</c>, exactly; null when either is empty or the result is out of range.</summary>
        public static decimal? Multiply(decimal? a, decimal? b) => a != null && b != null ? ExactDecimal.Multiply(a.Value, b.Value) : null;

        /// <summary><c>a / b</c> rounded half away from zero to 10 places; null when either is empty, for division by zero or out of range.</summary>
        public static decimal? Divide(decimal? a, decimal? b) => a != null && b != null ? ExactDecimal.Divide(a.Value, b.Value) : null;

        /// <summary><c>-a</c>; null when empty.</summary>
        public static decimal? Negate(decimal? a) => a != null ? -a.Value : null;

        /// <summary><c>age(birth)</c>: full years from <paramref name="birth"/> to <paramref name="today"/>; null when empty.</summary>
        public static decimal? Age(DateTime? birth, DateTime today) => birth != null ? FullYears(birth.Value, today) : null;

        /// <summary>
        /// The number of birthdays from <paramref name="from"/> to <paramref name="to"/>: someone born on 29 February
        /// completes a year on 1 March in a common year.
        /// </summary>
        public static decimal FullYears(DateTime from, DateTime to)
        {
            int years = to.Year - from.Year;
            if (to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day)) years--;
            return years;
        }

        /// <summary><c>len(text)</c>: code points; 0 when empty.</summary>
        public static decimal Length(string? text) => text != null ? TextLength.CodePoints(text) : 0m;

        /// <summary><c>len(list)</c> / <c>count(group)</c>: the number of items; 0 when empty.</summary>
        public static decimal Count<T>(IReadOnlyCollection<T>? items) => items != null ? items.Count : 0m;

        /// <summary><c>contains(multiChoice, code)</c>: false when either is empty.</summary>
        public static bool Contains(IReadOnlyList<string>? codes, string? code)
        {
            if (codes == null || code == null) return false;
            // Indexed, not foreach: enumerating an interface would box the list's enumerator on every call.
            for (int i = 0; i < codes.Count; i++)
                if (codes[i] == code) return true;
            return false;
        }

        /// <summary>
        /// <c>sum(group, item.field)</c>: adds <paramref name="item"/> over the entries, skipping empty values as a
        /// spreadsheet's SUM does; 0 when there are no entries, null when the total leaves the range.
        /// </summary>
        public static decimal? Sum<T>(IReadOnlyList<T>? entries, Func<T, decimal?> item)
        {
            if (entries == null) return 0m;
            decimal total = 0m;
            for (int i = 0; i < entries.Count; i++)
            {
                if (item(entries[i]) is decimal d)
                {
                    if (ExactDecimal.Add(total, d) is decimal next) total = next;
                    else return null;
                }
            }
            return total;
        }
    }
}
