namespace FormFactory.Benchmarks.Validation
{
    /// <summary>Which of the two hundAnmelden sample submissions a benchmark validates.</summary>
    public enum SubmissionKind
    {
        /// <summary>Two dogs, files, conditional fields shown and hidden: no error (<c>valid-2.json</c>).</summary>
        Valid,

        /// <summary>Six errors: a pattern, two required fields, a conditional requirement, an IBAN and a rule (<c>invalid-1.json</c>).</summary>
        Invalid,
    }
}
