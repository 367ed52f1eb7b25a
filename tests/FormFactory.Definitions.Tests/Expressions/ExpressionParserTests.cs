using System.Linq;
using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Tests.Expressions
{
    public class ExpressionParserTests
    {
        /// <summary>Prints a syntax tree fully parenthesised, so precedence and associativity are visible.</summary>
        private static string Show(ExpressionSyntax node) => node switch
        {
            LiteralSyntax { Kind: LiteralKind.Text } l => "'" + l.Value + "'",
            LiteralSyntax l => l.Value ?? "null",
            PathSyntax p => p.Text,
            UnarySyntax u => "(" + u.Operator + Show(u.Operand) + ")",
            BinarySyntax b => "(" + Show(b.Left) + " " + b.Operator + " " + Show(b.Right) + ")",
            CallSyntax c => c.Name + "(" + string.Join(", ", c.Arguments.Select(Show)) + ")",
            _ => "?",
        };

        private static string Parse(string text)
        {
            var syntax = ExpressionParser.Parse(text, out var error);
            Assert.True(error == null, $"'{text}': {error}");
            return Show(syntax!);
        }

        private static ExpressionSyntaxError Error(string text)
        {
            var syntax = ExpressionParser.Parse(text, out var error);
            Assert.Null(syntax);
            Assert.NotNull(error);
            return error!;
        }

        [Theory]
        [InlineData("a || b && c", "(a || (b && c))")]
        [InlineData("a && b || c", "((a && b) || c)")]
        [InlineData("a == b && c != d", "((a == b) && (c != d))")]
        [InlineData("a < b == c >= d", "((a < b) == (c >= d))")]
        [InlineData("a + b < c * d", "((a + b) < (c * d))")]
        [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
        [InlineData("1 * 2 + 3", "((1 * 2) + 3)")]
        [InlineData("(1 + 2) * 3", "((1 + 2) * 3)")]
        [InlineData("8 - 4 - 2", "((8 - 4) - 2)")]
        [InlineData("8 / 4 / 2", "((8 / 4) / 2)")]
        [InlineData("a || b || c", "((a || b) || c)")]
        [InlineData("!a && b", "((!a) && b)")]
        [InlineData("!(a && b)", "(!(a && b))")]
        [InlineData("-a * b", "((-a) * b)")]
        [InlineData("- -1", "(-(-1))")]
        [InlineData("!!a", "(!(!a))")]
        [InlineData("a<=b", "(a <= b)")]
        [InlineData("a>=b", "(a >= b)")]
        [InlineData("a!=b", "(a != b)")]
        [InlineData("a - -b", "(a - (-b))")]
        public void OperatorsBindByPrecedenceAndAssociateToTheLeft(string text, string expected) =>
            Assert.Equal(expected, Parse(text));

        [Theory]
        [InlineData("'text'", "'text'")]
        [InlineData("'it\\'s'", "'it's'")]
        [InlineData("'a\\\\b'", "'a\\b'")]
        [InlineData("''", "''")]
        [InlineData("42", "42")]
        [InlineData("3.5", "3.5")]
        [InlineData("0.10", "0.10")]
        [InlineData("true", "true")]
        [InlineData("false", "false")]
        [InlineData("null", "null")]
        [InlineData("date('2026-01-01')", "date('2026-01-01')")]
        [InlineData("person.geburtsdatum", "person.geburtsdatum")]
        [InlineData("item.gewicht", "item.gewicht")]
        [InlineData("today()", "today()")]
        [InlineData("sum(hunde, item.gewicht)", "sum(hunde, item.gewicht)")]
        [InlineData("contains( farben , 'rot' )", "contains(farben, 'rot')")]
        [InlineData("  age(person.geburtsdatum)>=18  ", "(age(person.geburtsdatum) >= 18)")]
        [InlineData("a\n&&\tb", "(a && b)")]
        public void LiteralsPathsAndCallsAreRead(string text, string expected) =>
            Assert.Equal(expected, Parse(text));

        [Fact]
        public void NodesKnowTheirPositions()
        {
            var syntax = ExpressionParser.Parse("alter >= 18 && name != ''", out _);
            var and = Assert.IsType<BinarySyntax>(syntax);
            Assert.Equal((0, 25), (and.Start, and.Length));
            Assert.Equal(12, and.OperatorStart);
            var left = Assert.IsType<BinarySyntax>(and.Left);
            Assert.Equal((0, 11), (left.Start, left.Length));
            Assert.Equal(6, left.OperatorStart);
            var name = Assert.IsType<PathSyntax>(Assert.IsType<BinarySyntax>(and.Right).Left);
            Assert.Equal((15, 4), (name.Start, name.Length));
            var spaced = Assert.IsType<BinarySyntax>(ExpressionParser.Parse("a == b  ", out _));
            Assert.Equal((0, 6), (spaced.Start, spaced.Length));
            var call = Assert.IsType<CallSyntax>(ExpressionParser.Parse("len (t) ", out _));
            Assert.Equal((0, 7), (call.Start, call.Length));
            var path = Assert.IsType<PathSyntax>(ExpressionParser.Parse("person.geburtsdatum", out _));
            Assert.Equal(new[] { ("person", 0), ("geburtsdatum", 7) }, path.Segments.ToArray());
        }

        [Theory]
        [InlineData("", 0, 0, "empty")]
        [InlineData("   ", 0, 0, "empty")]
        [InlineData("a +", 3, 0, "ends where a value is expected")]
        [InlineData("(a", 2, 1, "expected ')'")]
        [InlineData("(a + b", 6, 1, "expected ')'")]
        [InlineData("a)", 1, 1, "unexpected ')'")]
        [InlineData("a b", 2, 1, "unexpected 'b'")]
        [InlineData("'abc", 0, 4, "not closed")]
        [InlineData("a == 'x", 5, 2, "not closed")]
        [InlineData("\"x\"", 0, 1, "single quotes")]
        [InlineData("= 1", 0, 1, "use '=='")]
        [InlineData("& b", 0, 1, "use '&&'")]
        [InlineData("| b", 0, 1, "use '||'")]
        [InlineData("a & b", 2, 1, "unexpected '&'")]
        [InlineData("a = b", 2, 1, "unexpected '='")]
        [InlineData("1.", 2, 1, "decimal point must be followed by digits")]
        [InlineData("1.x", 2, 1, "decimal point must be followed by digits")]
        [InlineData("12abc", 2, 1, "followed directly by letters")]
        [InlineData("person.", 7, 1, "expected a field name after '.'")]
        [InlineData("person.1", 7, 1, "expected a field name after '.'")]
        [InlineData("len(a b)", 6, 1, "expected ',' or ')' in the arguments of len")]
        [InlineData("len(a,)", 6, 1, "unexpected ')'")]
        [InlineData("len(", 4, 0, "ends where a value is expected")]
        [InlineData("a # b", 2, 1, "unexpected '#'")]
        [InlineData(".5", 0, 1, "unexpected '.'")]
        [InlineData("person .name", 7, 1, "unexpected '.'")]
        public void SyntaxErrorsNameTheirPosition(string text, int start, int length, string message)
        {
            var error = Error(text);
            Assert.Contains(message, error.Message);
            Assert.Equal((start, length), (error.Start, error.Length));
        }

        [Fact]
        public void TooLongNumbersAreRejected()
        {
            var error = Error(new string('9', 31));
            Assert.Contains("too long", error.Message);
            Assert.Equal((0, 31), (error.Start, error.Length));
        }

        [Fact]
        public void DeepNestingIsAnErrorNotAStackOverflow()
        {
            Assert.Contains("nested too deeply", Error(new string('(', 10000) + "1" + new string(')', 10000)).Message);
            Assert.Contains("nested too deeply", Error(new string('!', 10000) + "a").Message);
            Assert.Contains("nested too deeply", Error(new string('-', 10000) + "1").Message);
            Assert.Contains("nested too deeply", Error(string.Concat(Enumerable.Repeat("len(", 10000)) + "a" + new string(')', 10000)).Message);
        }

        [Fact]
        public void NestingWithinTheLimitParses() =>
            Assert.Equal("1", Parse(new string('(', 60) + "1" + new string(')', 60)));
    }
}
