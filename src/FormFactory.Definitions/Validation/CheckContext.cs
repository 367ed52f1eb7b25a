using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Validation
{
    /// <summary>What a field type's check needs from the validator: a way to fail, and to evaluate bounds.</summary>
    public abstract class CheckContext
    {
        /// <summary>Reports that the value fails <paramref name="code"/>; <paramref name="limit"/> fills the default message.</summary>
        public abstract void Fail(string code, object? limit = null);

        /// <summary>Evaluates a bound (e.g. a date's <c>min</c>) for the field's entry.</summary>
        public abstract object? Evaluate(BoundExpression expression);
    }
}
