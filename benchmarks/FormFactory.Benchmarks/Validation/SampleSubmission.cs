using System;
using System.IO;

namespace FormFactory.Benchmarks.Validation
{
    /// <summary>The hundAnmelden sample submissions, embedded from the reference validator's test cases.</summary>
    public static class SampleSubmission
    {
        /// <summary>The day the samples are written for (the reference validator's tests use it too): <c>today()</c> in the definition.</summary>
        public static readonly DateTime Today = new DateTime(2026, 6, 15);

        /// <summary>The JSON text of the submission of <paramref name="kind"/>.</summary>
        public static string Json(SubmissionKind kind)
        {
            string name = kind == SubmissionKind.Valid ? "hundAnmelden.valid.json" : "hundAnmelden.invalid.json";
            using var stream = typeof(SampleSubmission).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("Embedded submission missing: " + name);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
