using System.Globalization;
using System.Text;

namespace FormFactory.Definitions.Expressions
{
    /// <summary>How a C# back end reaches field values; the printer asks it for every field an expression reads.</summary>
    public interface ICSharpFieldAccess
    {
        /// <summary>
        /// A C# expression for the effective value of <paramref name="field"/> (null while it is hidden or empty), of
        /// the type <see cref="CSharpPrinter.TypeOf"/> gives for its value type; or null when the field cannot be
        /// reached from where the expression is evaluated (an entry of a repeated group that is not selected), which
        /// the printer writes as an empty value.
        /// </summary>
        string? Read(BoundFieldReference field);

        /// <summary>This access with the entry of repeated group <paramref name="group"/> bound to the C# variable <paramref name="variable"/> (inside <c>sum</c>).</summary>
        ICSharpFieldAccess WithEntry(BoundFieldReference group, string variable);

        /// <summary>A C# expression for <c>today()</c>, of type <see cref="System.DateTime"/>.</summary>
        string Today { get; }
    }

    /// <summary>
    /// Prints a bound expression as C# over <c>FormFactory.Runtime.Evaluation</c>, which carries the language's null
    /// semantics, so printed code means exactly what the <see cref="Interpreter"/> computes. Values are typed:
    /// numbers <c>decimal?</c>, texts and codes <c>string?</c>, dates <c>DateTime?</c>, booleans <c>bool?</c> (or
    /// <c>bool</c>), code lists <c>IReadOnlyList&lt;string&gt;?</c>; entries, groups and files are whatever the
    /// field access returns.
    /// </summary>
    public static class CSharpPrinter
    {
        /// <summary>The runtime class printed code calls.</summary>
        public const string Runtime = "global::FormFactory.Runtime.Evaluation";

        /// <summary>Prints <paramref name="expression"/> as a C# expression.</summary>
        public static string Print(BoundExpression expression, ICSharpFieldAccess access)
        {
            var sb = new StringBuilder();
            new Writer(sb, access, 0).Write(expression);
            return sb.ToString();
        }

        /// <summary>Prints <paramref name="expression"/> read in a boolean context: a C# <c>bool</c> that is true only when the value is <c>true</c>.</summary>
        public static string PrintCondition(BoundExpression expression, ICSharpFieldAccess access) =>
            expression.Type == ExpressionType.Boolean && expression is BoundBinary or BoundUnary { Operator: UnaryOperator.Not }
                ? Print(expression, access)
                : Runtime + ".IsTrue(" + PrintAs(expression, ExpressionType.Boolean, access) + ")";

        /// <summary>The nullable C# type of a value of <paramref name="type"/>; <c>object?</c> for entries, groups and files.</summary>
        public static string TypeOf(ExpressionType type) => type switch
        {
            ExpressionType.Boolean => "bool?",
            ExpressionType.Number => "decimal?",
            ExpressionType.Text => "string?",
            ExpressionType.Date => "global::System.DateTime?",
            ExpressionType.CodeSet => "global::System.Collections.Generic.IReadOnlyList<string>?",
            _ => "object?",
        };

        /// <summary>A C# string literal that means exactly <paramref name="value"/>.</summary>
        public static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        // Line separators end a line in C# source; control characters are spelt out.
                        if (char.IsControl(c) || c == '\u0085' || c == '\u2028' || c == '\u2029')
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        /// <summary>A C# <c>decimal</c> literal for an invariant decimal text (<c>1.50</c> → <c>1.50m</c>, keeping its scale).</summary>
        public static string DecimalLiteral(string invariant) => invariant + "m";

        private static string PrintAs(BoundExpression expression, ExpressionType type, ICSharpFieldAccess access)
        {
            var sb = new StringBuilder();
            new Writer(sb, access, 0).WriteAs(expression, type);
            return sb.ToString();
        }

        private readonly struct Writer
        {
            private readonly StringBuilder _sb;
            private readonly ICSharpFieldAccess _access;
            private readonly int _depth;

            public Writer(StringBuilder sb, ICSharpFieldAccess access, int depth)
            {
                _sb = sb;
                _access = access;
                _depth = depth;
            }

            public void Write(BoundExpression e)
            {
                switch (e)
                {
                    case BoundLiteral l: WriteLiteral(l, l.Type); break;
                    case BoundFieldReference r: _sb.Append(_access.Read(r) ?? TypedNull(r.Type)); break;
                    case BoundUnary u when u.Operator == UnaryOperator.Not:
                        _sb.Append('!').Append(Runtime).Append(".IsTrue(");
                        WriteAs(u.Operand, ExpressionType.Boolean);
                        _sb.Append(')');
                        break;
                    case BoundUnary u:
                        Call("Negate", u.Operand, ExpressionType.Number);
                        break;
                    case BoundBinary b: WriteBinary(b); break;
                    case BoundCall c: WriteCall(c); break;
                    default: _sb.Append("null"); break;
                }
            }

            /// <summary>Writes <paramref name="e"/>, giving the literal <c>null</c> the C# type of <paramref name="type"/>.</summary>
            public void WriteAs(BoundExpression e, ExpressionType type)
            {
                if (e is BoundLiteral { Type: ExpressionType.Null }) _sb.Append(TypedNull(type));
                else Write(e);
            }

            private void WriteLiteral(BoundLiteral l, ExpressionType type)
            {
                if (l.Value == null)
                {
                    _sb.Append(TypedNull(type));
                    return;
                }
                switch (l.Type)
                {
                    case ExpressionType.Number: _sb.Append(DecimalLiteral(l.Value)); break;
                    case ExpressionType.Boolean: _sb.Append(l.Value == "true" ? "true" : "false"); break;
                    case ExpressionType.Date:
                        if (global::FormFactory.Runtime.DateLiterals.TryParse(l.Value, out var d))
                            _sb.Append("new global::System.DateTime(").Append(d.Year.ToString(CultureInfo.InvariantCulture)).Append(", ")
                                .Append(d.Month.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(d.Day.ToString(CultureInfo.InvariantCulture)).Append(')');
                        else _sb.Append(TypedNull(ExpressionType.Date));
                        break;
                    default: _sb.Append(Quote(l.Value)); break;
                }
            }

            private void WriteBinary(BoundBinary b)
            {
                if (b.Operator is BinaryOperator.And or BinaryOperator.Or)
                {
                    _sb.Append('(').Append(Runtime).Append(".IsTrue(");
                    WriteAs(b.Left, ExpressionType.Boolean);
                    _sb.Append(b.Operator == BinaryOperator.And ? ") && " : ") || ").Append(Runtime).Append(".IsTrue(");
                    WriteAs(b.Right, ExpressionType.Boolean);
                    _sb.Append("))");
                    return;
                }
                if (b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual && Interpreter.IsNullTest(b))
                {
                    // "x == null" / "x != null" test for emptiness; "x < null" is a comparison with an empty value (false).
                    var tested = b.Left is BoundLiteral { Type: ExpressionType.Null } ? b.Right : b.Left;
                    if (b.Operator == BinaryOperator.NotEqual) _sb.Append('!');
                    Call("IsNull", tested, ExpressionType.Null);
                    return;
                }
                var operandType = b.Left.Type == ExpressionType.Null ? b.Right.Type : b.Left.Type;
                if (b.Operator is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide)
                    operandType = ExpressionType.Number;
                else if (operandType == ExpressionType.Null)
                {
                    // Both sides are the literal null: comparing empty values is false.
                    _sb.Append("false");
                    return;
                }
                string name = b.Operator switch
                {
                    BinaryOperator.Equal => "Equal",
                    BinaryOperator.NotEqual => "NotEqual",
                    BinaryOperator.Less => "Less",
                    BinaryOperator.LessOrEqual => "LessOrEqual",
                    BinaryOperator.Greater => "Greater",
                    BinaryOperator.GreaterOrEqual => "GreaterOrEqual",
                    BinaryOperator.Add => "Add",
                    BinaryOperator.Subtract => "Subtract",
                    BinaryOperator.Multiply => "Multiply",
                    _ => "Divide",
                };
                _sb.Append(Runtime).Append('.').Append(name).Append('(');
                WriteAs(b.Left, operandType);
                _sb.Append(", ");
                WriteAs(b.Right, operandType);
                _sb.Append(')');
            }

            private void WriteCall(BoundCall c)
            {
                var args = c.Arguments;
                switch (c.Function)
                {
                    case BuiltinFunction.Today: _sb.Append(_access.Today); return;
                    case BuiltinFunction.Age:
                        _sb.Append(Runtime).Append(".Age(");
                        WriteAs(args[0], ExpressionType.Date);
                        _sb.Append(", ").Append(_access.Today).Append(')');
                        return;
                    case BuiltinFunction.IsEmpty: Call("IsNull", args[0], ExpressionType.Null); return;
                    case BuiltinFunction.Contains:
                        _sb.Append(Runtime).Append(".Contains(");
                        WriteAs(args[0], ExpressionType.CodeSet);
                        _sb.Append(", ");
                        WriteAs(args[1], ExpressionType.Text);
                        _sb.Append(')');
                        return;
                    case BuiltinFunction.Len when args[0].Type == ExpressionType.Text:
                        Call("Length", args[0], ExpressionType.Text);
                        return;
                    case BuiltinFunction.Len when args[0].Type == ExpressionType.CodeSet:
                        Call("Count", args[0], ExpressionType.CodeSet);
                        return;
                    case BuiltinFunction.Len:
                    case BuiltinFunction.Count:
                        {
                            string? entries = args[0] is BoundFieldReference r ? _access.Read(r) : null;
                            if (entries == null) _sb.Append("0m");
                            else _sb.Append(Runtime).Append(".Count(").Append(entries).Append(')');
                            return;
                        }
                    case BuiltinFunction.Sum:
                        {
                            var group = (BoundFieldReference)args[0];
                            string? entries = _access.Read(group);
                            if (entries == null)
                            {
                                _sb.Append("(decimal?)0m");
                                return;
                            }
                            string variable = "entry" + _depth.ToString(CultureInfo.InvariantCulture);
                            _sb.Append(Runtime).Append(".Sum(").Append(entries).Append(", ").Append(variable).Append(" => ");
                            new Writer(_sb, _access.WithEntry(group, variable), _depth + 1).WriteAs(args[1], ExpressionType.Number);
                            _sb.Append(')');
                            return;
                        }
                    default: _sb.Append("null"); return;
                }
            }

            private void Call(string name, BoundExpression argument, ExpressionType type)
            {
                _sb.Append(Runtime).Append('.').Append(name).Append('(');
                WriteAs(argument, type);
                _sb.Append(')');
            }

            private static string TypedNull(ExpressionType type) => "((" + TypeOf(type) + ")null)";
        }
    }
}
