using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.Expressions
{
    /// <summary>
    /// A checked expression: every path resolved to a field, every node typed. The interpreter, the C# printer and
    /// the JavaScript printer all work from this one tree, so they cannot disagree about what an expression means.
    /// </summary>
    public abstract record BoundExpression(ExpressionType Type);

    /// <summary>A constant. <see cref="Value"/> is canonical text: the string, an invariant decimal, <c>yyyy-MM-dd</c>, or true/false; null for <c>null</c>.</summary>
    public sealed record BoundLiteral(ExpressionType Type, string? Value) : BoundExpression(Type);

    /// <summary>One step of a field path: the field's id and whether it is a repeated group.</summary>
    public sealed record PathSegment(string Id, bool Repeated);

    /// <summary>
    /// A field read. <see cref="Segments"/> lead from the form root to the field; a repeated group in the middle of
    /// the path stands for the entry currently being looked at (the expression lies inside it).
    /// </summary>
    /// <param name="Type">The field's value type.</param>
    /// <param name="Segments">The path from the root.</param>
    /// <param name="CodeListId">For choice and multiChoice fields, the code list.</param>
    public sealed record BoundFieldReference(ExpressionType Type, EquatableArray<PathSegment> Segments, string? CodeListId) : BoundExpression(Type)
    {
        /// <summary>The model path with <c>[]</c> after repeated groups, e.g. <c>hunde[].gewicht</c>.</summary>
        public string ModelPath => FieldPaths.Format(Segments);
    }

    /// <summary>Unary operators.</summary>
    public enum UnaryOperator
    {
        /// <summary><c>!</c></summary>
        Not,
        /// <summary><c>-</c></summary>
        Negate,
    }

    /// <summary>Binary operators.</summary>
    public enum BinaryOperator
    {
        /// <summary><c>||</c></summary>
        Or,
        /// <summary><c>&amp;&amp;</c></summary>
        And,
        /// <summary><c>==</c></summary>
        Equal,
        /// <summary><c>!=</c></summary>
        NotEqual,
        /// <summary><c>&lt;</c></summary>
        Less,
        /// <summary><c>&lt;=</c></summary>
        LessOrEqual,
        /// <summary><c>&gt;</c></summary>
        Greater,
        /// <summary><c>&gt;=</c></summary>
        GreaterOrEqual,
        /// <summary><c>+</c></summary>
        Add,
        /// <summary><c>-</c></summary>
        Subtract,
        /// <summary><c>*</c></summary>
        Multiply,
        /// <summary><c>/</c></summary>
        Divide,
    }

    /// <summary>A unary operation.</summary>
    public sealed record BoundUnary(ExpressionType Type, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Type);

    /// <summary>A binary operation.</summary>
    public sealed record BoundBinary(ExpressionType Type, BinaryOperator Operator, BoundExpression Left, BoundExpression Right) : BoundExpression(Type);

    /// <summary>The built-in functions.</summary>
    public enum BuiltinFunction
    {
        /// <summary><c>today()</c></summary>
        Today,
        /// <summary><c>age(date)</c></summary>
        Age,
        /// <summary><c>len(textOrList)</c></summary>
        Len,
        /// <summary><c>isEmpty(x)</c></summary>
        IsEmpty,
        /// <summary><c>contains(multiChoice, 'code')</c></summary>
        Contains,
        /// <summary><c>count(repeatedGroup)</c></summary>
        Count,
        /// <summary><c>sum(repeatedGroup, item.field)</c>; the second argument is evaluated per entry.</summary>
        Sum,
    }

    /// <summary>A call of a built-in function (<c>date('…')</c> is bound to a literal instead).</summary>
    public sealed record BoundCall(ExpressionType Type, BuiltinFunction Function, EquatableArray<BoundExpression> Arguments) : BoundExpression(Type);
}
