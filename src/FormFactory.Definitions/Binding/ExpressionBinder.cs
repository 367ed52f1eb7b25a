using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// Resolves and type-checks an expression written in a definition, reporting problems at their exact place
    /// inside the JSON string.
    /// </summary>
    internal sealed class ExpressionBinder
    {
        private readonly JsonStringSyntax _source;
        private readonly DiagnosticBag _diagnostics;
        private readonly FieldSymbol _scopeRoot;
        private readonly List<FieldSymbol> _openEntries;
        private FieldSymbol? _item;
        private bool _failed;

        private ExpressionBinder(JsonStringSyntax source, DiagnosticBag diagnostics, FieldSymbol scopeRoot, IEnumerable<FieldSymbol> openEntries)
        {
            _source = source;
            _diagnostics = diagnostics;
            _scopeRoot = scopeRoot;
            _openEntries = new List<FieldSymbol>(openEntries);
            _item = _openEntries.Count > 0 ? _openEntries[0] : null;
        }

        /// <summary>
        /// Binds <paramref name="source"/>, written at <paramref name="owner"/> (whose repeated ancestors have a current
        /// entry), and checks its result type is <paramref name="expected"/> (any type when null). Returns null when
        /// anything was reported.
        /// </summary>
        public static BoundExpression? Bind(JsonStringSyntax source, string property, FieldSymbol owner, ExpressionType? expected, DiagnosticBag diagnostics)
        {
            var entries = new List<FieldSymbol>(owner.RepeatedAncestors());
            var syntax = ExpressionParser.Parse(source.Value, out var error);
            if (syntax == null)
            {
                var e = error!;
                diagnostics.Report(DiagnosticDescriptors.ExpressionSyntax, source.LocationOf(e.Start, e.Length), e.Message);
                return null;
            }
            var binder = new ExpressionBinder(source, diagnostics, owner.ScopeRoot, entries);
            var bound = binder.BindNode(syntax);
            if (binder._failed) return null;
            if (expected is ExpressionType want && bound.Type != want && bound.Type != ExpressionType.Null && bound.Type != ExpressionType.Error)
            {
                diagnostics.Report(DiagnosticDescriptors.WrongExpressionType, source.Location, property, want.Describe(), bound.Type.Describe());
                return null;
            }
            return bound;
        }

        private BoundExpression BindNode(ExpressionSyntax node)
        {
            switch (node)
            {
                case LiteralSyntax l: return BindLiteral(l);
                case PathSyntax p: return BindPath(p);
                case UnarySyntax u: return BindUnary(u);
                case BinarySyntax b: return BindBinary(b);
                case CallSyntax c: return BindCall(c);
                default: return Error();
            }
        }

        private BoundExpression BindLiteral(LiteralSyntax l)
        {
            switch (l.Kind)
            {
                case LiteralKind.Text: return new BoundLiteral(ExpressionType.Text, l.Value);
                case LiteralKind.Boolean: return new BoundLiteral(ExpressionType.Boolean, l.Value);
                case LiteralKind.Null: return new BoundLiteral(ExpressionType.Null, null);
                default:
                    if (!decimal.TryParse(l.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                        return Report(DiagnosticDescriptors.TypeMismatch, l, "the number is too large");
                    return new BoundLiteral(ExpressionType.Number, d.ToString(CultureInfo.InvariantCulture));
            }
        }

        private BoundExpression BindPath(PathSyntax p)
        {
            var segments = p.Segments;
            FieldSymbol current;
            int first;
            if (segments[0].Name == "item")
            {
                if (_item == null) return Report(DiagnosticDescriptors.ItemOutsideRepeat, p);
                if (segments.Count == 1) return Report(DiagnosticDescriptors.TypeMismatch, p, "'item' alone is not a value; name a field of the entry, e.g. item.name");
                current = _item;
                first = 1;
            }
            else
            {
                current = _scopeRoot;
                first = 0;
            }
            for (int i = first; i < segments.Count; i++)
            {
                var (name, start) = segments[i];
                var child = current.Child(name);
                if (child == null)
                {
                    var hint = NearestName.DidYouMean(name, current.Children.Select(c => c.Id));
                    if (hint == MessagePart.Empty && i == 0 && _scopeRoot.Parent != null)
                        hint = new MessagePart($" (expressions in a block start at the block's own fields, e.g. '{FirstChild(_scopeRoot)}')",
                            $" (Ausdrücke in einem Baustein beginnen bei dessen eigenen Feldern, z. B. '{FirstChild(_scopeRoot)}')");
                    return ReportAt(DiagnosticDescriptors.UnknownFieldInExpression, start, name.Length, PathText(p, i), hint);
                }
                if (child.Kind == FieldKind.Info)
                    return ReportAt(DiagnosticDescriptors.UnknownFieldInExpression, start, name.Length, PathText(p, i),
                        new MessagePart($" with a value ('{name}' is an info text)", $" mit einem Wert ('{name}' ist ein Hinweistext)"));
                bool last = i == segments.Count - 1;
                if (!last && !child.HasChildren)
                    return ReportAt(DiagnosticDescriptors.UnknownFieldInExpression, segments[i + 1].Start, segments[i + 1].Name.Length, PathText(p, i + 1),
                        new MessagePart($" ('{name}' has no fields)", $" ('{name}' hat keine Felder)"));
                if (child.Repeated && !last && !_openEntries.Contains(child))
                    return ReportAt(DiagnosticDescriptors.RepeatedFieldOutsideItem, p.Start, p.Length, p.Text, child.Path);
                current = child;
            }
            return new BoundFieldReference(current.ValueType, current.Segments, current.CodeList?.Id);
        }

        private static string FirstChild(FieldSymbol scope) => scope.Children.Count > 0 ? scope.Children[0].Id : "plz";

        private static string PathText(PathSyntax p, int upTo)
        {
            var names = new List<string>();
            for (int i = 0; i <= upTo; i++) names.Add(p.Segments[i].Name);
            return string.Join(".", names);
        }

        private BoundExpression BindUnary(UnarySyntax u)
        {
            var operand = BindNode(u.Operand);
            if (operand.Type == ExpressionType.Error) return operand;
            if (u.Operator == "!")
            {
                if (!Fits(operand.Type, ExpressionType.Boolean)) return Report(DiagnosticDescriptors.TypeMismatch, u, $"'!' needs a boolean, not {operand.Type.Describe()}");
                return new BoundUnary(ExpressionType.Boolean, UnaryOperator.Not, operand);
            }
            if (!Fits(operand.Type, ExpressionType.Number)) return Report(DiagnosticDescriptors.TypeMismatch, u, $"'-' needs a number, not {operand.Type.Describe()}");
            return new BoundUnary(ExpressionType.Number, UnaryOperator.Negate, operand);
        }

        private BoundExpression BindBinary(BinarySyntax b)
        {
            var left = BindNode(b.Left);
            var right = BindNode(b.Right);
            if (left.Type == ExpressionType.Error || right.Type == ExpressionType.Error) return Error();
            var op = Operator(b.Operator);
            string problem = $"'{b.Operator}' cannot combine {left.Type.Describe()} and {right.Type.Describe()}";
            switch (op)
            {
                case BinaryOperator.And:
                case BinaryOperator.Or:
                    if (!Fits(left.Type, ExpressionType.Boolean) || !Fits(right.Type, ExpressionType.Boolean))
                        return Report(DiagnosticDescriptors.TypeMismatch, b, problem + $"; '{b.Operator}' needs booleans");
                    return new BoundBinary(ExpressionType.Boolean, op, left, right);
                case BinaryOperator.Equal:
                case BinaryOperator.NotEqual:
                    if (left.Type != ExpressionType.Null && right.Type != ExpressionType.Null)
                    {
                        if (left.Type != right.Type || !IsScalar(left.Type))
                            return Report(DiagnosticDescriptors.TypeMismatch, b, problem + (IsScalar(left.Type) && IsScalar(right.Type) ? "" : "; lists, groups and files can only be compared with null"));
                        CheckCode(left, b.Right);
                        CheckCode(right, b.Left);
                    }
                    return new BoundBinary(ExpressionType.Boolean, op, left, right);
                case BinaryOperator.Less:
                case BinaryOperator.LessOrEqual:
                case BinaryOperator.Greater:
                case BinaryOperator.GreaterOrEqual:
                    {
                        var t = left.Type == ExpressionType.Null ? right.Type : left.Type;
                        bool ok = (t == ExpressionType.Number || t == ExpressionType.Date || t == ExpressionType.Text || t == ExpressionType.Null)
                                  && Fits(left.Type, t) && Fits(right.Type, t);
                        if (!ok) return Report(DiagnosticDescriptors.TypeMismatch, b, problem + "; order comparisons need two numbers, two dates or two texts");
                        return new BoundBinary(ExpressionType.Boolean, op, left, right);
                    }
                default:
                    if (!Fits(left.Type, ExpressionType.Number) || !Fits(right.Type, ExpressionType.Number))
                        return Report(DiagnosticDescriptors.TypeMismatch, b, problem + "; arithmetic needs numbers");
                    return new BoundBinary(ExpressionType.Number, op, left, right);
            }
        }

        private BoundExpression BindCall(CallSyntax c)
        {
            var args = c.Arguments;
            switch (c.Name)
            {
                case "today":
                    if (!Arity(c, 0, "no arguments")) return Error();
                    return new BoundCall(ExpressionType.Date, BuiltinFunction.Today, EquatableArray<BoundExpression>.Empty);
                case "date":
                    {
                        if (!Arity(c, 1, "one text such as '2026-01-01'")) return Error();
                        if (args[0] is not LiteralSyntax { Kind: LiteralKind.Text } lit)
                            return Report(DiagnosticDescriptors.TypeMismatch, args[0], "date(...) takes a text literal such as '2026-01-01'");
                        if (!DateLiterals.TryParse(lit.Value!, out _))
                            return Report(DiagnosticDescriptors.InvalidDateLiteral, lit, lit.Value);
                        return new BoundLiteral(ExpressionType.Date, lit.Value);
                    }
                case "age": return Unary(c, BuiltinFunction.Age, ExpressionType.Number, "a date", t => t == ExpressionType.Date);
                case "len": return Unary(c, BuiltinFunction.Len, ExpressionType.Number, "a text or a list", t => t == ExpressionType.Text || t == ExpressionType.CodeSet || t == ExpressionType.ItemList);
                case "isEmpty": return Unary(c, BuiltinFunction.IsEmpty, ExpressionType.Boolean, "a value", t => true);
                case "count": return Unary(c, BuiltinFunction.Count, ExpressionType.Number, "a repeated group", t => t == ExpressionType.ItemList);
                case "contains":
                    {
                        if (!Arity(c, 2, "two arguments: a multiChoice field and a code")) return Error();
                        var list = BindNode(args[0]);
                        var code = BindNode(args[1]);
                        if (list.Type == ExpressionType.Error || code.Type == ExpressionType.Error) return Error();
                        if (!Fits(list.Type, ExpressionType.CodeSet)) return Report(DiagnosticDescriptors.TypeMismatch, args[0], $"contains(...) needs a multiChoice field first, not {list.Type.Describe()}");
                        if (!Fits(code.Type, ExpressionType.Text)) return Report(DiagnosticDescriptors.TypeMismatch, args[1], $"contains(...) needs a code (text) second, not {code.Type.Describe()}");
                        CheckCode(list, args[1]);
                        return new BoundCall(ExpressionType.Boolean, BuiltinFunction.Contains, EquatableArray.Of(list, code));
                    }
                case "sum":
                    {
                        if (!Arity(c, 2, "two arguments: a repeated group and item.field")) return Error();
                        var group = BindNode(args[0]);
                        if (group.Type == ExpressionType.Error) return Error();
                        if (group is not BoundFieldReference { Type: ExpressionType.ItemList } groupRef)
                            return Report(DiagnosticDescriptors.TypeMismatch, args[0], $"sum(...) needs a repeated group first, not {group.Type.Describe()}");
                        var symbol = Resolve(groupRef.Segments);
                        var savedItem = _item;
                        _item = symbol;
                        if (symbol != null) _openEntries.Insert(0, symbol);
                        var value = BindNode(args[1]);
                        if (symbol != null) _openEntries.RemoveAt(0);
                        _item = savedItem;
                        if (value.Type == ExpressionType.Error) return Error();
                        if (!Fits(value.Type, ExpressionType.Number)) return Report(DiagnosticDescriptors.TypeMismatch, args[1], $"sum(...) adds numbers, not {value.Type.Describe()}");
                        return new BoundCall(ExpressionType.Number, BuiltinFunction.Sum, EquatableArray.Of(group, value));
                    }
                default:
                    return ReportAt(DiagnosticDescriptors.UnknownFunction, c.Start, c.Name.Length, c.Name, NearestName.DidYouMean(c.Name, FunctionNames));
            }
        }

        /// <summary>The functions of the expression language, as FF0404 lists them.</summary>
        private static readonly string[] FunctionNames = { "today", "age", "len", "isEmpty", "contains", "count", "sum", "date" };

        private FieldSymbol? Resolve(EquatableArray<PathSegment> segments)
        {
            var root = _scopeRoot;
            while (root.Parent != null) root = root.Parent;
            var current = root;
            foreach (var s in segments)
            {
                current = current.Child(s.Id);
                if (current == null) return null;
            }
            return current;
        }

        private BoundExpression Unary(CallSyntax c, BuiltinFunction function, ExpressionType result, string expected, System.Func<ExpressionType, bool> accepts)
        {
            if (!Arity(c, 1, "one argument")) return Error();
            var arg = BindNode(c.Arguments[0]);
            if (arg.Type == ExpressionType.Error) return arg;
            if (arg.Type != ExpressionType.Null && !accepts(arg.Type))
                return Report(DiagnosticDescriptors.TypeMismatch, c.Arguments[0], $"{c.Name}(...) needs {expected}, not {arg.Type.Describe()}");
            return new BoundCall(result, function, EquatableArray.Of(arg));
        }

        private bool Arity(CallSyntax c, int count, string description)
        {
            if (c.Arguments.Count == count) return true;
            ReportAt(DiagnosticDescriptors.ArgumentCount, c.Start, c.Length, c.Name, description, c.Arguments.Count);
            return false;
        }

        /// <summary>Warns when a choice or multiChoice is compared with a code its list does not have.</summary>
        private void CheckCode(BoundExpression field, ExpressionSyntax other)
        {
            if (field is not BoundFieldReference { CodeListId: not null } reference) return;
            if (other is not LiteralSyntax { Kind: LiteralKind.Text } literal) return;
            var symbol = Resolve(reference.Segments);
            var list = symbol?.CodeList;
            if (list == null || list.Contains(literal.Value!)) return;
            var codes = new List<string>();
            foreach (var v in list.Values)
                if (codes.Count <= 12) codes.Add(v.Code); // the message names 12; reading more of a long list is work for nothing
                else break;
            _diagnostics.Report(DiagnosticDescriptors.UnreachableCode, _source.LocationOf(literal.Start, literal.Length), literal.Value, list.Id,
                string.Join(", ", codes.Count > 12 ? codes.GetRange(0, 12) : codes) + (codes.Count > 12 ? ", …" : ""));
        }

        private static bool IsScalar(ExpressionType t) =>
            t == ExpressionType.Boolean || t == ExpressionType.Number || t == ExpressionType.Text || t == ExpressionType.Date;

        private static bool Fits(ExpressionType actual, ExpressionType expected) => actual == expected || actual == ExpressionType.Null;

        private static BinaryOperator Operator(string op) => op switch
        {
            "||" => BinaryOperator.Or,
            "&&" => BinaryOperator.And,
            "==" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "<" => BinaryOperator.Less,
            "<=" => BinaryOperator.LessOrEqual,
            ">" => BinaryOperator.Greater,
            ">=" => BinaryOperator.GreaterOrEqual,
            "+" => BinaryOperator.Add,
            "-" => BinaryOperator.Subtract,
            "*" => BinaryOperator.Multiply,
            _ => BinaryOperator.Divide,
        };

        private BoundExpression Report(DiagnosticDescriptor descriptor, ExpressionSyntax node, params object?[] args) =>
            ReportAt(descriptor, node.Start, node.Length, args);

        private BoundExpression ReportAt(DiagnosticDescriptor descriptor, int start, int length, params object?[] args)
        {
            _diagnostics.Report(descriptor, _source.LocationOf(start, length), args);
            return Error();
        }

        private BoundExpression Error()
        {
            _failed = true;
            return new BoundLiteral(ExpressionType.Error, null);
        }
    }
}
