using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Tests.Support;
using FormFactory.Definitions.Validation;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Tests.Samples
{
    /// <summary>
    /// Hand-written submissions for every service of the sample catalog, under
    /// <c>Cases/Submissions/&lt;serviceId&gt;/</c>: <c>valid-*.json</c> must validate without errors;
    /// <c>invalid-*.json</c> must give exactly the errors listed in <c>invalid-*.expected.txt</c>, one
    /// <c>path code</c> per line (<c>(form)</c> for the form as a whole; <c>#</c> starts a comment).
    /// </summary>
    public class SampleSubmissionTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        private static readonly Lazy<CatalogResult> Catalog = new Lazy<CatalogResult>(() => CatalogBinder.Bind(RepositoryPaths.SampleFiles()));

        private static string CasesFolder => Path.Combine(RepositoryPaths.Root, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions");

        public static IEnumerable<object[]> ValidCases() => Cases("valid-");

        public static IEnumerable<object[]> InvalidCases() => Cases("invalid-");

        private static IEnumerable<object[]> Cases(string prefix) =>
            Directory.EnumerateFiles(CasesFolder, prefix + "*.json", SearchOption.AllDirectories)
                .Select(f => new object[] { Path.GetFileName(Path.GetDirectoryName(f)!), Path.GetFileName(f) })
                .OrderBy(c => (string)c[0], StringComparer.Ordinal).ThenBy(c => (string)c[1], StringComparer.Ordinal);

        private static FormModel Form(string service)
        {
            var catalog = Catalog.Value;
            Assert.False(catalog.HasErrors, string.Join("\n", catalog.Diagnostics.Where(d => d.IsError)));
            return catalog.Catalog.Form(service) ?? throw new InvalidOperationException($"No service '{service}' in the sample catalog.");
        }

        private static ValidationResult Validate(string service, string file) =>
            new ReferenceValidator(Form(service), () => Today).Validate(File.ReadAllText(Path.Combine(CasesFolder, service, file)));

        [Theory]
        [MemberData(nameof(ValidCases))]
        public void ValidSampleSubmissionHasNoErrors(string service, string file)
        {
            var result = Validate(service, file);
            Assert.True(result.IsValid, $"{service}/{file}:\n" + string.Join("\n", result.Errors));

            // What is kept is itself a valid submission and keeps to itself.
            var again = new ReferenceValidator(Form(service), () => Today).Validate(result.KeptJson);
            Assert.True(again.IsValid, "Kept data is not valid:\n" + string.Join("\n", again.Errors));
            Assert.Equal(result.KeptJson, again.KeptJson);
        }

        [Theory]
        [MemberData(nameof(InvalidCases))]
        public void InvalidSampleSubmissionHasExactlyTheExpectedErrors(string service, string file)
        {
            string expectedFile = Path.Combine(CasesFolder, service, Path.GetFileNameWithoutExtension(file) + ".expected.txt");
            Assert.True(File.Exists(expectedFile), $"{service}/{file} has no {Path.GetFileName(expectedFile)}");
            var expected = File.ReadAllLines(expectedFile)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => string.Join(" ", l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .OrderBy(l => l, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);

            var result = Validate(service, file);
            var actual = result.Pairs().OrderBy(l => l, StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"{service}/{file}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", result.Errors)}");
            Assert.All(result.Errors, e =>
            {
                Assert.False(string.IsNullOrWhiteSpace(e.MessageDe));
                Assert.False(string.IsNullOrWhiteSpace(e.MessageEn));
            });
        }

        [Fact]
        public void EveryServiceHasAValidAndTwoInvalidSampleSubmissions()
        {
            var missing = new List<string>();
            foreach (var form in Catalog.Value.Catalog.Forms)
            {
                string folder = Path.Combine(CasesFolder, form.Id);
                int valid = Directory.Exists(folder) ? Directory.GetFiles(folder, "valid-*.json").Length : 0;
                int invalid = Directory.Exists(folder) ? Directory.GetFiles(folder, "invalid-*.json").Length : 0;
                if (valid < 1 || invalid < 2) missing.Add($"{form.Id}: {valid} valid, {invalid} invalid");
            }
            Assert.True(missing.Count == 0, "Services without enough sample submissions:\n" + string.Join("\n", missing));
        }

        [Fact]
        public void EverySampleSubmissionFolderNamesAService()
        {
            var services = new HashSet<string>(Catalog.Value.Catalog.Forms.Select(f => f.Id));
            var orphans = Directory.GetDirectories(CasesFolder).Select(Path.GetFileName).Where(d => !services.Contains(d!)).ToList();
            Assert.Empty(orphans);
        }

        [Fact]
        public void EveryExpectedErrorsFileBelongsToASubmission()
        {
            var orphans = Directory.EnumerateFiles(CasesFolder, "*.expected.txt", SearchOption.AllDirectories)
                .Where(f => !File.Exists(f.Substring(0, f.Length - ".expected.txt".Length) + ".json"))
                .ToList();
            Assert.Empty(orphans);
        }
    }
}
