using System;
using System.Linq;
using FormFactory.Definitions.Validation;
using FormFactory.Generator.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// A generated validator keeps one kept-JSON writer per thread and creates its error list only at the first
    /// error. Reuse must never leak from one validation into the next.
    /// </summary>
    public class ValidatorReuseTests
    {
        private const string ServiceId = "hundAnmelden";
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        private static Func<string, DateTime, ValidationResult> Validate() =>
            SampleCompilation.FormType(ServiceId).GetMethod("Validate", new[] { typeof(string), typeof(DateTime) })!
                .CreateDelegate<Func<string, DateTime, ValidationResult>>();

        private static ReferenceValidator Reference() => new ReferenceValidator(SampleCompilation.Catalog.Form(ServiceId)!, () => Today);

        private static string Sample(string name) => SampleCompilation.SampleSubmissions(ServiceId, name).Single();

        [Fact]
        public void ValidSubmissionsShareOneEmptyErrorList()
        {
            var validate = Validate();
            var first = validate(Sample("valid-1"), Today);
            var second = validate(Sample("valid-2"), Today);

            Assert.Empty(first.Errors);
            Assert.Same(first.Errors, second.Errors);
        }

        [Fact]
        public void ErrorsOfEntryFieldsAreSharedForTheFirstEntriesAndRightForEveryEntry()
        {
            // Seven dogs without a name: hundAnmelden allows five, so the generated validator keeps the errors of
            // indexes 0 to 4 once made and makes those of 5 and 6 anew. Every path must still name its own entry.
            var dogs = string.Join(", ", Enumerable.Range(0, 7).Select(_ => "{ \"rasse\": \"pudel\" }"));
            string json = "{ \"hunde\": [ " + dogs + " ] }";
            var validate = Validate();
            var first = validate(json, Today).Errors.Where(e => e.Code == "required" && e.Path.EndsWith("].name", StringComparison.Ordinal)).ToList();
            var second = validate(json, Today).Errors.Where(e => e.Code == "required" && e.Path.EndsWith("].name", StringComparison.Ordinal)).ToList();

            Assert.Equal(Enumerable.Range(0, 7).Select(i => $"hunde[{i}].name"), first.Select(e => e.Path));
            Assert.Equal(first, second);
            for (int i = 0; i < 5; i++) Assert.Same(first[i], second[i]);
            for (int i = 5; i < 7; i++) Assert.NotSame(first[i], second[i]);
            Assert.Equal(Reference().Validate(System.Text.Json.JsonDocument.Parse(json).RootElement).Errors, validate(json, Today).Errors);
        }

        [Fact]
        public void EachValidationKeepsOnlyItsOwnSubmission()
        {
            // A long submission, then a short one, then one whose kept JSON exceeds the buffer a thread may keep
            // (1 MiB; its buffer is let go), then the short one again: each kept JSON is the reference's.
            var validate = Validate();
            var reference = Reference();
            string huge = Sample("valid-2").Replace("\"Dieburg\"", "\"" + new string('x', 1_200_000) + "\"");
            foreach (string json in new[] { Sample("valid-2"), Sample("valid-1"), huge, Sample("invalid-2"), Sample("valid-1") })
            {
                var expected = reference.Validate(json);
                var actual = validate(json, Today);
                Assert.Equal(expected.KeptJson, actual.KeptJson);
                Assert.Equal(expected.Errors, actual.Errors);
            }
        }
    }
}
