using System.Globalization;
using System.Text;

namespace FormFactory.Definitions.Expressions
{
    /// <summary>
    /// Prints a bound expression as a JavaScript expression over the runtime in
    /// <c>formfactory-expressions.js</c> (<see cref="RuntimeSource"/>). The printed code expects three names in
    /// scope: <c>ff</c> (the runtime), <c>c</c> (a context with <c>read(modelPath, cursor)</c> returning the
    /// effective value and <c>today</c> as YYYY-MM-DD) and <c>k</c> (the cursor of entries).
    /// </summary>
    public static class JavaScriptPrinter
    {
        /// <summary>The runtime's source, shipped with every form package that needs expressions.</summary>
        public static string RuntimeSource
        {
            get
            {
                using var stream = typeof(JavaScriptPrinter).Assembly.GetManifestResourceStream("FormFactory.Definitions.Expressions.formfactory-expressions.js")!;
                using var reader = new System.IO.StreamReader(stream);
                return reader.ReadToEnd();
            }
        }

        /// <summary>Prints <paramref name="expression"/>.</summary>
        public static string Print(BoundExpression expression)
        {
            var sb = new StringBuilder();
            Write(expression, sb);
            return sb.ToString();
        }

        /// <summary>Appends <see cref="Print(BoundExpression)"/> of <paramref name="expression"/> to <paramref name="sb"/>.</summary>
        public static void Print(BoundExpression expression, StringBuilder sb) => Write(expression, sb);

        private static void Write(BoundExpression e, StringBuilder sb)
        {
            switch (e)
            {
                case BoundLiteral l: WriteLiteral(l, sb); break;
                case BoundFieldReference r: AppendQuoted(sb.Append("c.read("), r.ModelPath); sb.Append(", k)"); break;
                case BoundUnary u:
                    if (u.Operator == UnaryOperator.Not) { sb.Append("!ff.truthy("); Write(u.Operand, sb); sb.Append(')'); }
                    else { sb.Append("ff.neg("); Write(u.Operand, sb); sb.Append(')'); }
                    break;
                case BoundBinary b: WriteBinary(b, sb); break;
                case BoundCall c: WriteCall(c, sb); break;
            }
        }

        private static void WriteLiteral(BoundLiteral l, StringBuilder sb)
        {
            if (l.Value == null) { sb.Append("null"); return; }
            switch (l.Type)
            {
                case ExpressionType.Number: AppendQuoted(sb.Append("ff.num("), l.Value); sb.Append(')'); break;
                case ExpressionType.Boolean: sb.Append(l.Value == "true" ? "true" : "false"); break;
                default: AppendQuoted(sb, l.Value); break;
            }
        }

        private static void WriteBinary(BoundBinary b, StringBuilder sb)
        {
            if (b.Operator is BinaryOperator.And or BinaryOperator.Or)
            {
                sb.Append("(ff.truthy(");
                Write(b.Left, sb);
                sb.Append(b.Operator == BinaryOperator.And ? ") && ff.truthy(" : ") || ff.truthy(");
                Write(b.Right, sb);
                sb.Append("))");
                return;
            }
            // Only == and != with the literal null test for emptiness; "x < null" compares with an empty value (false).
            if (b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual && Interpreter.IsNullTest(b))
            {
                var tested = b.Left is BoundLiteral { Type: ExpressionType.Null } ? b.Right : b.Left;
                sb.Append(b.Operator == BinaryOperator.Equal ? "ff.isEmpty(" : "!ff.isEmpty(");
                Write(tested, sb);
                sb.Append(')');
                return;
            }
            string name = b.Operator switch
            {
                BinaryOperator.Equal => "eq",
                BinaryOperator.NotEqual => "ne",
                BinaryOperator.Less => "lt",
                BinaryOperator.LessOrEqual => "le",
                BinaryOperator.Greater => "gt",
                BinaryOperator.GreaterOrEqual => "ge",
                BinaryOperator.Add => "add",
                BinaryOperator.Subtract => "sub",
                BinaryOperator.Multiply => "mul",
                _ => "div",
            };
            sb.Append("ff.").Append(name).Append('(');
            Write(b.Left, sb);
            sb.Append(", ");
            Write(b.Right, sb);
            sb.Append(')');
        }

        private static void WriteCall(BoundCall c, StringBuilder sb)
        {
            var args = c.Arguments;
            switch (c.Function)
            {
                case BuiltinFunction.Today: sb.Append("c.today"); return;
                case BuiltinFunction.Age: sb.Append("ff.age("); Write(args[0], sb); sb.Append(", c.today)"); return;
                case BuiltinFunction.Sum:
                    string group = Quote(((BoundFieldReference)args[0]).ModelPath);
                    sb.Append("ff.sum(");
                    Write(args[0], sb);
                    sb.Append(", ").Append(group).Append(", k, function (k) { return ");
                    Write(args[1], sb);
                    sb.Append("; })");
                    return;
            }
            string name = c.Function switch
            {
                BuiltinFunction.Len => "len",
                BuiltinFunction.IsEmpty => "isEmpty",
                BuiltinFunction.Contains => "contains",
                _ => "count",
            };
            sb.Append("ff.").Append(name).Append('(');
            for (int i = 0; i < args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Write(args[i], sb);
            }
            sb.Append(')');
        }

        /// <summary>A JavaScript string literal of <paramref name="s"/> (with quotes), safe inside an HTML script element.</summary>
        public static string Quote(string s)
        {
            int first = FirstToEscape(s);
            if (first < 0) return "\"" + s + "\"";
            var sb = new StringBuilder(s.Length + 16);
            AppendEscaped(sb, s, first);
            return sb.ToString();
        }

        /// <summary>Appends <see cref="Quote"/> of <paramref name="s"/> to <paramref name="sb"/> without making the literal a string of its own.</summary>
        public static void AppendQuoted(StringBuilder sb, string s)
        {
            int first = FirstToEscape(s);
            if (first < 0) sb.Append('"').Append(s).Append('"');
            else AppendEscaped(sb, s, first);
        }

        /// <summary>Appends the literal of <paramref name="s"/>, whose first character to escape is at <paramref name="first"/>.</summary>
        private static void AppendEscaped(StringBuilder sb, string s, int first)
        {
            sb.Append('"').Append(s, 0, first);
            for (int i = first; i < s.Length; i++)
            {
                char ch = s[i];
                switch (ch)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '<': sb.Append("\\u003C"); break;
                    case '>': sb.Append("\\u003E"); break;
                    case '&': sb.Append("\\u0026"); break;
                    case '\u2028': sb.Append("\\u2028"); break;
                    case '\u2029': sb.Append("\\u2029"); break;
                    default:
                        if (ch < ' ') sb.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(ch);
                        break;
                }
            }
            sb.Append('"');
        }

        /// <summary>The index of the first character <see cref="Quote"/> must escape, or -1: most texts have none.</summary>
        private static int FirstToEscape(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char ch = s[i];
                if (ch < ' ' || ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029') return i;
            }
            return -1;
        }
    }
}
