using System.Collections.Generic;

namespace FormFactory.Runtime
{
    /// <summary>The outcome of validating a submission, from the reference validator or a generated one.</summary>
    /// <param name="Errors">Every problem, in form order, rules last.</param>
    /// <param name="KeptJson">The submission as the back office receives it: visible, non-empty, normalised values only.</param>
    public sealed record ValidationResult(IReadOnlyList<ValidationError> Errors, string KeptJson)
    {
        /// <summary>True when there are no errors.</summary>
        public bool IsValid => Errors.Count == 0;

        /// <summary>The result for data that is no JSON at all.</summary>
        public static ValidationResult InvalidJson(string detail) =>
            new ValidationResult(new[] { new ValidationError("", "format", "Die übermittelten Daten sind kein gültiges JSON: " + detail, "The submitted data is not valid JSON: " + detail) }, "{}");

        /// <summary>The result for JSON that is not an object: one error for the form as a whole, not a list of missing fields.</summary>
        public static ValidationResult NotAnObject() =>
            new ValidationResult(new[] { new ValidationError("", "format", "Die übermittelten Daten müssen ein JSON-Objekt sein.", "The submitted data must be a JSON object.") }, "{}");
    }
}
