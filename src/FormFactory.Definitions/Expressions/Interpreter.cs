using System;
using System.Collections.Generic;
using System.Globalization;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Expressions
{
    /// <summary>The entries of a repeated group as the interpreter sees them: only their number matters.</summary>
    public interface IEntryList
    {
        /// <summary>How many entries there are.</summary>
        int Count { get; }
    }

    /// <summary>Which entry of each enclosing repeated group an expression is evaluated for.</summary>
    public sealed class EntryCursor
    {
        /// <summary>No entries selected (the form root).</summary>
        public static readonly EntryCursor Root = new EntryCursor(null, "", -1);

        private readonly EntryCursor? _outer;

        private EntryCursor(EntryCursor? outer, string groupPath, int index)
        {
            _outer = outer;
            GroupPath = groupPath;
            Index = index;
        }

        /// <summary>The model path of the repeated group (<c>hunde</c>).</summary>
        public string GroupPath { get; }

        /// <summary>The entry's index.</summary>
        public int Index { get; }

        /// <summary>This cursor with entry <paramref name="index"/> of <paramref name="groupPath"/> selected.</summary>
        public EntryCursor Enter(string groupPath, int index) => new EntryCursor(this, groupPath, index);

        /// <summary>The selected entry of <paramref name="groupPath"/>, or -1.</summary>
        public int IndexOf(string groupPath)
        {
            for (var c = this; c != null; c = c._outer)
                if (c.GroupPath == groupPath) return c.Index;
            return -1;
        }
    }

    /// <summary>Where the interpreter gets field values and the date.</summary>
    public interface IEvaluationContext
    {
        /// <summary>Today in Europe/Berlin.</summary>
        DateTime Today { get; }

        /// <summary>
        /// The effective value of a field (null when empty or hidden): string, decimal, DateTime, bool,
        /// a list of codes, an <see cref="IEntryList"/>, a group or file object.
        /// </summary>
        object? Read(BoundFieldReference field, EntryCursor cursor);
    }

    /// <summary>
    /// Evaluates bound expressions with the format's semantics: null propagates through arithmetic, comparisons with
    /// null are false (except the tests <c>== null</c> and <c>!= null</c>), null is false in boolean contexts, numbers
    /// are exact decimals, division rounds half away from zero to 10 places and gives null when dividing by zero.
    /// </summary>
    public static class Interpreter
    {
        /// <summary>Evaluates <paramref name="expression"/> for the entries selected by <paramref name="cursor"/>.</summary>
        public static object? Evaluate(BoundExpression expression, IEvaluationContext context, EntryCursor cursor)
        {
            switch (expression)
            {
                case BoundLiteral l: return Literal(l);
                case BoundFieldReference r: return context.Read(r, cursor);
                case BoundUnary u:
                    {
                        var v = Evaluate(u.Operand, context, cursor);
                        if (u.Operator == UnaryOperator.Not) return !IsTrue(v);
                        return v is decimal d ? -d : null;
                    }
                case BoundBinary b: return Binary(b, context, cursor);
                case BoundCall c: return Call(c, context, cursor);
                default: return null;
            }
        }

        /// <summary>Evaluates an expression that reads no field and not the date.</summary>
        public static object? EvaluateConstant(BoundExpression expression) => Evaluate(expression, ConstantContext.Instance, EntryCursor.Root);

        /// <summary>The boolean-context reading: only <c>true</c> is true.</summary>
        public static bool IsTrue(object? value) => value is bool b && b;

        private static object? Literal(BoundLiteral l)
        {
            if (l.Value == null) return null;
            switch (l.Type)
            {
                case ExpressionType.Number: return decimal.Parse(l.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
                case ExpressionType.Boolean: return l.Value == "true";
                case ExpressionType.Date: return DateLiterals.TryParse(l.Value, out var d) ? d : (object?)null;
                default: return l.Value;
            }
        }

        private static object? Binary(BoundBinary b, IEvaluationContext context, EntryCursor cursor)
        {
            switch (b.Operator)
            {
                case BinaryOperator.And:
                    return IsTrue(Evaluate(b.Left, context, cursor)) && IsTrue(Evaluate(b.Right, context, cursor));
                case BinaryOperator.Or:
                    return IsTrue(Evaluate(b.Left, context, cursor)) || IsTrue(Evaluate(b.Right, context, cursor));
            }
            var left = Evaluate(b.Left, context, cursor);
            var right = Evaluate(b.Right, context, cursor);
            switch (b.Operator)
            {
                case BinaryOperator.Equal:
                case BinaryOperator.NotEqual:
                    {
                        // "x == null" / "x != null" test for emptiness; any other comparison involving an empty value is false.
                        bool? result = IsNullTest(b) ? (IsNullLiteral(b.Left) ? right : left) == null
                            : left == null || right == null ? (bool?)null
                            : AreEqual(left, right);
                        if (result == null) return false;
                        return b.Operator == BinaryOperator.Equal ? result.Value : !result.Value;
                    }
                case BinaryOperator.Less: return Compare(left, right) is int c1 && c1 < 0;
                case BinaryOperator.LessOrEqual: return Compare(left, right) is int c2 && c2 <= 0;
                case BinaryOperator.Greater: return Compare(left, right) is int c3 && c3 > 0;
                case BinaryOperator.GreaterOrEqual: return Compare(left, right) is int c4 && c4 >= 0;
            }
            if (left is not decimal l || right is not decimal r) return null;
            return b.Operator switch
            {
                BinaryOperator.Add => ExactDecimal.Add(l, r),
                BinaryOperator.Subtract => ExactDecimal.Subtract(l, r),
                BinaryOperator.Multiply => ExactDecimal.Multiply(l, r),
                _ => ExactDecimal.Divide(l, r),
            };
        }

        /// <summary>True when one side of an equality is the literal <c>null</c>: then it tests for an empty value.</summary>
        public static bool IsNullTest(BoundBinary b) => IsNullLiteral(b.Left) || IsNullLiteral(b.Right);

        private static bool IsNullLiteral(BoundExpression e) => e is BoundLiteral { Type: ExpressionType.Null };

        /// <summary>Equality of two non-empty values of one type.</summary>
        public static bool AreEqual(object left, object right)
        {
            if (left is string ls && right is string rs) return string.Equals(ls, rs, StringComparison.Ordinal);
            return left.Equals(right);
        }

        private static int? Compare(object? left, object? right)
        {
            switch (left)
            {
                case decimal l when right is decimal r: return l.CompareTo(r);
                case DateTime l when right is DateTime r: return l.CompareTo(r);
                case string l when right is string r: return string.CompareOrdinal(l, r);
                default: return null;
            }
        }

        private static object? Call(BoundCall c, IEvaluationContext context, EntryCursor cursor)
        {
            var args = c.Arguments;
            switch (c.Function)
            {
                case BuiltinFunction.Today: return context.Today;
                case BuiltinFunction.Age:
                    return Evaluate(args[0], context, cursor) is DateTime birth ? FullYears(birth, context.Today) : (object?)null;
                case BuiltinFunction.Len:
                    switch (Evaluate(args[0], context, cursor))
                    {
                        case string s: return (decimal)TextLength.CodePoints(s);
                        case IReadOnlyCollection<string> list: return (decimal)list.Count;
                        case IEntryList entries: return (decimal)entries.Count;
                        default: return 0m;
                    }
                case BuiltinFunction.IsEmpty: return Evaluate(args[0], context, cursor) == null;
                case BuiltinFunction.Contains:
                    {
                        var list = Evaluate(args[0], context, cursor) as IReadOnlyCollection<string>;
                        var code = Evaluate(args[1], context, cursor) as string;
                        if (list == null || code == null) return false;
                        foreach (var item in list)
                            if (item == code) return true;
                        return false;
                    }
                case BuiltinFunction.Count:
                    return Evaluate(args[0], context, cursor) is IEntryList e ? (decimal)e.Count : 0m;
                case BuiltinFunction.Sum:
                    {
                        if (Evaluate(args[0], context, cursor) is not IEntryList entries) return 0m;
                        string group = ((BoundFieldReference)args[0]).ModelPath;
                        decimal total = 0m;
                        for (int i = 0; i < entries.Count; i++)
                        {
                            // Empty entries are skipped, as a spreadsheet's SUM does.
                            if (Evaluate(args[1], context, cursor.Enter(group, i)) is decimal d)
                            {
                                if (ExactDecimal.Add(total, d) is decimal next) total = next;
                                else return null;
                            }
                        }
                        return total;
                    }
                default: return null;
            }
        }

        /// <summary>The number of full years from <paramref name="from"/> to <paramref name="to"/>.</summary>
        public static decimal FullYears(DateTime from, DateTime to) => Evaluation.FullYears(from, to);

        private sealed class ConstantContext : IEvaluationContext
        {
            public static readonly ConstantContext Instance = new ConstantContext();
            public DateTime Today => new DateTime(2000, 1, 1);
            public object? Read(BoundFieldReference field, EntryCursor cursor) => null;
        }
    }
}
