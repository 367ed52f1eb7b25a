using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using static FormFactory.Definitions.Tests.Support.ExpressionHarness;

namespace FormFactory.Definitions.Tests.Expressions
{
    /// <summary>
    /// The shape of printed C#: every operation goes through FormFactory.Runtime.Evaluation, which carries the null
    /// semantics. What the printed code computes is held to the interpreter by the generator's differential tests.
    /// </summary>
    public class CSharpPrinterTests
    {
        private const string E = CSharpPrinter.Runtime;

        /// <summary>Reads a field as <c>read("path")</c>; entries bound by sum show as their variable.</summary>
        private sealed class Access : ICSharpFieldAccess
        {
            private readonly Dictionary<string, string> _entries = new();

            public string Today => "today";

            public string? Read(BoundFieldReference field)
            {
                foreach (var e in _entries)
                    if (field.ModelPath.StartsWith(e.Key + "[].", System.StringComparison.Ordinal))
                        return e.Value + ".read(\"" + field.ModelPath + "\")";
                return "read(\"" + field.ModelPath + "\")";
            }

            public ICSharpFieldAccess WithEntry(BoundFieldReference group, string variable)
            {
                var access = new Access();
                foreach (var e in _entries) access._entries[e.Key] = e.Value;
                access._entries[group.ModelPath] = variable;
                return access;
            }
        }

        private static string Print(string expression) => CSharpPrinter.Print(Bind(expression), new Access());

        [Theory]
        [InlineData("t == null", "{E}.IsNull(read(\"t\"))")]
        [InlineData("null != t", "!{E}.IsNull(read(\"t\"))")]
        [InlineData("t == 'a'", "{E}.Equal(read(\"t\"), \"a\")")]
        [InlineData("age(null)", "{E}.Age(((global::System.DateTime?)null), today)")]
        [InlineData("n < null", "{E}.Less(read(\"n\"), ((decimal?)null))")]
        [InlineData("null >= datum", "{E}.GreaterOrEqual(((global::System.DateTime?)null), read(\"datum\"))")]
        [InlineData("null == null", "{E}.IsNull(((object?)null))")]
        [InlineData("n + 1.50", "{E}.Add(read(\"n\"), 1.50m)")]
        [InlineData("-d", "{E}.Negate(read(\"d\"))")]
        [InlineData("!ja", "!{E}.IsTrue(read(\"ja\"))")]
        [InlineData("ja && t != 'x'", "({E}.IsTrue(read(\"ja\")) && {E}.IsTrue({E}.NotEqual(read(\"t\"), \"x\")))")]
        [InlineData("datum >= date('2026-01-31')", "{E}.GreaterOrEqual(read(\"datum\"), new global::System.DateTime(2026, 1, 31))")]
        [InlineData("age(datum)", "{E}.Age(read(\"datum\"), today)")]
        [InlineData("len(t) + len(farben) + count(hunde)", "{E}.Add({E}.Add({E}.Length(read(\"t\")), {E}.Count(read(\"farben\"))), {E}.Count(read(\"hunde\")))")]
        [InlineData("contains(farben, 'rot')", "{E}.Contains(read(\"farben\"), \"rot\")")]
        [InlineData("sum(hunde, item.gewicht * 2)", "{E}.Sum(read(\"hunde\"), entry0 => {E}.Multiply(entry0.read(\"hunde[].gewicht\"), 2m))")]
        [InlineData("t == 'a \"b\" c'", "{E}.Equal(read(\"t\"), \"a \\\"b\\\" c\")")]
        public void PrintsEveryOperationOverTheRuntime(string expression, string expected) =>
            Assert.Equal(expected.Replace("{E}", E), Print(expression));

        [Fact]
        public void AConditionIsTrueOnlyForTrue()
        {
            Assert.Equal(E + ".IsTrue(read(\"ja\"))", CSharpPrinter.PrintCondition(Bind("ja"), new Access()));
            Assert.Equal(E + ".Less(read(\"n\"), 3m)", CSharpPrinter.PrintCondition(Bind("n < 3"), new Access()));
        }

        [Fact]
        public void AFieldThatCannotBeReachedPrintsAsEmpty()
        {
            var unreachable = new BoundFieldReference(ExpressionType.Number, EquatableArray.Of(new PathSegment("x", false)), null);
            Assert.Equal("((decimal?)null)", CSharpPrinter.Print(unreachable, new NoAccess()));
        }

        private sealed class NoAccess : ICSharpFieldAccess
        {
            public string Today => "today";
            public string? Read(BoundFieldReference field) => null;
            public ICSharpFieldAccess WithEntry(BoundFieldReference group, string variable) => this;
        }
    }
}
