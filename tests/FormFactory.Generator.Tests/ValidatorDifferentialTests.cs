using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using FormFactory.Definitions.Validation;
using FormFactory.Generator.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// The differential test: for every sample service, 1,000 generated submissions (seeded, so reproducible; valid
    /// ones and deliberately broken ones) go through the generated validator and through the reference validator,
    /// which must agree exactly: the same errors (path, code and both messages) in the same order and the same kept
    /// JSON. A submission that passes must also survive the typed record: <c>FromJson(kept).ToJson() == kept</c>.
    /// </summary>
    public class ValidatorDifferentialTests
    {
        private const int SubmissionsPerService = 1000;
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        public static TheoryData<string> ServiceIds()
        {
            var data = new TheoryData<string>();
            foreach (var row in SampleCatalog.ServiceIds()) data.Add((string)row[0]);
            return data;
        }

        [Theory]
        [MemberData(nameof(ServiceIds))]
        public void GeneratedValidatorAgreesWithTheReferenceValidator(string serviceId)
        {
            var form = SampleCompilation.Catalog.Form(serviceId)!;
            var reference = new ReferenceValidator(form, () => Today);
            var type = SampleCompilation.FormType(serviceId);
            var validate = type.GetMethod("Validate", new[] { typeof(string), typeof(DateTime) })!.CreateDelegate<Func<string, DateTime, ValidationResult>>();
            var fromJson = type.GetMethod("FromJson", new[] { typeof(string) })!;
            var toJson = type.GetMethod("ToJson", Type.EmptyTypes)!;
            var generator = new SubmissionGenerator(form, SampleCompilation.SampleSubmissions(serviceId), Today);

            int valid = 0, failed = 0;
            int baseSeed = serviceId.Aggregate(17, (h, c) => h * 31 + c);
            for (int i = 0; i < SubmissionsPerService; i++)
            {
                int seed = baseSeed + i;
                string json = generator.Generate(seed);
                var expected = reference.Validate(json);
                var actual = validate(json, Today);
                if (!Same(expected, actual)) Assert.Fail(Mismatch(serviceId, seed, json, expected, actual));
                if (expected.IsValid)
                {
                    valid++;
                    object record = Invoke(fromJson, null, expected.KeptJson, serviceId, seed, json);
                    string again = (string)Invoke(toJson, record, null, serviceId, seed, json);
                    Assert.True(again == expected.KeptJson, $"{serviceId}, seed {seed}: the typed record does not round-trip.\nkept:  {expected.KeptJson}\nagain: {again}");
                }
                else failed++;
            }
            // The generator must exercise both outcomes, or the comparison proves little.
            Assert.True(valid >= 20 && failed >= 200, $"{serviceId}: only {valid} valid and {failed} invalid submissions were generated.");
        }

        private static object Invoke(MethodInfo method, object? target, string? argument, string serviceId, int seed, string json)
        {
            try
            {
                return method.Invoke(target, argument == null ? null : new object[] { argument })!;
            }
            catch (TargetInvocationException e)
            {
                throw new Exception($"{serviceId}, seed {seed}: {method.Name} failed on the kept JSON of\n{json}", e.InnerException);
            }
        }

        private static bool Same(ValidationResult a, ValidationResult b) =>
            a.KeptJson == b.KeptJson && a.Errors.SequenceEqual(b.Errors);

        private static string Mismatch(string serviceId, int seed, string json, ValidationResult expected, ValidationResult actual)
        {
            var sb = new StringBuilder();
            sb.AppendLine($"{serviceId}: the generated validator disagrees with the reference for seed {seed}.");
            sb.AppendLine("submission: " + json);
            sb.AppendLine("reference:");
            foreach (var e in expected.Errors) sb.AppendLine($"  {e.Path} {e.Code} | {e.MessageDe} | {e.MessageEn}");
            sb.AppendLine("  kept: " + expected.KeptJson);
            sb.AppendLine("generated:");
            foreach (var e in actual.Errors) sb.AppendLine($"  {e.Path} {e.Code} | {e.MessageDe} | {e.MessageEn}");
            sb.AppendLine("  kept: " + actual.KeptJson);
            return sb.ToString();
        }
    }
}
