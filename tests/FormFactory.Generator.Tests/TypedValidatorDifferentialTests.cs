using System;
using System.Linq;
using FormFactory.Generator.Tests.Support;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// The typed entry point against the JSON one: for every sample service, the seeded submissions of
    /// <see cref="ValidatorDifferentialTests"/> that the generated <c>FromJson</c> accepts become records, and
    /// <c>Validate(record, today)</c> must report exactly what <c>Validate(record.ToJson(), today)</c> reports. The
    /// JSON path is held to the reference validator there, so the typed path is too.
    /// </summary>
    public class TypedValidatorDifferentialTests
    {
        private const int SubmissionsPerService = 1000;
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        public static TheoryData<string> ServiceIds() => ValidatorDifferentialTests.ServiceIds();

        [Theory]
        [MemberData(nameof(ServiceIds))]
        public void TypedValidatorAgreesWithTheJsonValidator(string serviceId)
        {
            var entry = new TypedEntryPoints(SampleCompilation.FormType(serviceId));
            var generator = new SubmissionGenerator(SampleCompilation.Catalog.Form(serviceId)!, SampleCompilation.SampleSubmissions(serviceId), Today);

            int valid = 0, invalid = 0;
            int baseSeed = serviceId.Aggregate(17, (h, c) => h * 31 + c);
            for (int i = 0; i < SubmissionsPerService; i++)
            {
                int seed = baseSeed + i;
                string json = generator.Generate(seed);
                var record = entry.TryFromJson(json);
                if (record == null) continue;
                string? disagreement = entry.Disagreement(record, Today);
                if (disagreement != null) Assert.Fail($"{serviceId}, seed {seed}: the typed validator disagrees with the JSON validator.\nsubmission: {json}\n{disagreement}");
                if (entry.ValidateRecord(record, Today).IsValid) valid++;
                else invalid++;
            }
            // Both outcomes must be exercised, or the comparison proves little.
            Assert.True(valid >= 20 && invalid >= 100, $"{serviceId}: only {valid} valid and {invalid} invalid records were read.");
        }
    }
}
