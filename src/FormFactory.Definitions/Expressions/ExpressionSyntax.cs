using System.Collections.Generic;

namespace FormFactory.Definitions.Expressions
{
    /// <summary>An expression as written: a tree of nodes, each with its position inside the expression text.</summary>
    public abstract class ExpressionSyntax
    {
        /// <summary>Creates a node covering <paramref name="length"/> characters from <paramref name="start"/>.</summary>
        protected ExpressionSyntax(int start, int length)
        {
            Start = start;
            Length = length;
        }

        /// <summary>Offset of the node's first character in the expression text.</summary>
        public int Start { get; }

        /// <summary>Number of characters the node covers.</summary>
        public int Length { get; }
    }

    /// <summary>The kinds of literal.</summary>
    public enum LiteralKind
    {
        /// <summary><c>'text'</c></summary>
        Text,
        /// <summary><c>42</c>, <c>3.5</c></summary>
        Number,
        /// <summary><c>true</c>, <c>false</c></summary>
        Boolean,
        /// <summary><c>null</c></summary>
        Null,
    }

    /// <summary>A literal value; <see cref="Value"/> is the decoded text, the number as written, or "true"/"false".</summary>
    public sealed class LiteralSyntax : ExpressionSyntax
    {
        /// <summary>Creates a literal.</summary>
        public LiteralSyntax(int start, int length, LiteralKind kind, string? value) : base(start, length)
        {
            Kind = kind;
            Value = value;
        }

        /// <summary>Which kind of literal.</summary>
        public LiteralKind Kind { get; }

        /// <summary>The literal's value as text (null for <c>null</c>).</summary>
        public string? Value { get; }
    }

    /// <summary>A dotted field path such as <c>person.geburtsdatum</c> or <c>item.gewicht</c>.</summary>
    public sealed class PathSyntax : ExpressionSyntax
    {
        /// <summary>Creates a path.</summary>
        public PathSyntax(int start, int length, IReadOnlyList<(string Name, int Start)> segments) : base(start, length) => Segments = segments;

        /// <summary>The names between the dots, each with its offset.</summary>
        public IReadOnlyList<(string Name, int Start)> Segments { get; }

        /// <summary>The path as written.</summary>
        public string Text
        {
            get
            {
                var names = new string[Segments.Count];
                for (int i = 0; i < names.Length; i++) names[i] = Segments[i].Name;
                return string.Join(".", names);
            }
        }
    }

    /// <summary><c>!x</c> or <c>-x</c>.</summary>
    public sealed class UnarySyntax : ExpressionSyntax
    {
        /// <summary>Creates a unary operation.</summary>
        public UnarySyntax(int start, int length, string op, ExpressionSyntax operand) : base(start, length)
        {
            Operator = op;
            Operand = operand;
        }

        /// <summary><c>!</c> or <c>-</c>.</summary>
        public string Operator { get; }

        /// <summary>The operand.</summary>
        public ExpressionSyntax Operand { get; }
    }

    /// <summary>A binary operation such as <c>a &amp;&amp; b</c> or <c>x + 1</c>.</summary>
    public sealed class BinarySyntax : ExpressionSyntax
    {
        /// <summary>Creates a binary operation.</summary>
        public BinarySyntax(int start, int length, string op, int operatorStart, ExpressionSyntax left, ExpressionSyntax right) : base(start, length)
        {
            Operator = op;
            OperatorStart = operatorStart;
            Left = left;
            Right = right;
        }

        /// <summary>The operator as written.</summary>
        public string Operator { get; }

        /// <summary>Offset of the operator.</summary>
        public int OperatorStart { get; }

        /// <summary>The left operand.</summary>
        public ExpressionSyntax Left { get; }

        /// <summary>The right operand.</summary>
        public ExpressionSyntax Right { get; }
    }

    /// <summary>A function call such as <c>age(person.geburtsdatum)</c>.</summary>
    public sealed class CallSyntax : ExpressionSyntax
    {
        /// <summary>Creates a call.</summary>
        public CallSyntax(int start, int length, string name, IReadOnlyList<ExpressionSyntax> arguments) : base(start, length)
        {
            Name = name;
            Arguments = arguments;
        }

        /// <summary>The function's name.</summary>
        public string Name { get; }

        /// <summary>The arguments.</summary>
        public IReadOnlyList<ExpressionSyntax> Arguments { get; }
    }
}
