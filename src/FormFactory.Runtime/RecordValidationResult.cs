using System;
using System.Collections.Generic;

namespace FormFactory.Runtime
{
    /// <summary>
    /// The outcome of validating a typed record (a generated <c>Validate(record, today)</c>): the errors only. There
    /// is no kept JSON, because the record is what the application keeps. Every valid outcome is the one shared
    /// <see cref="Valid"/> instance, so a valid record costs no allocation; it cannot be changed (its error list is an
    /// empty array).
    /// </summary>
    public sealed class RecordValidationResult
    {
        private RecordValidationResult(IReadOnlyList<ValidationError> errors) => Errors = errors;

        /// <summary>The outcome without errors, shared by every valid validation.</summary>
        public static RecordValidationResult Valid { get; } = new RecordValidationResult(Array.Empty<ValidationError>());

        /// <summary>Every problem, in form order, rules last: the same errors the JSON entry point reports for the record's JSON.</summary>
        public IReadOnlyList<ValidationError> Errors { get; }

        /// <summary>True when there are no errors.</summary>
        public bool IsValid => Errors.Count == 0;

        /// <summary>The outcome for <paramref name="errors"/>: <see cref="Valid"/> when there are none.</summary>
        public static RecordValidationResult Of(IReadOnlyList<ValidationError> errors) =>
            errors.Count == 0 ? Valid : new RecordValidationResult(errors);
    }
}
