using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using FormFactory.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests
{
    /// <summary>The generator over the bundled sample catalog: approved output, clean compilation, working mappings.</summary>
    public class SampleCatalogTests
    {
        private static readonly Lazy<GeneratorRun> Sample = new(() => SampleCompilation.Run);

        public static TheoryData<string> ServiceIds()
        {
            var data = new TheoryData<string>();
            foreach (var row in SampleCatalog.ServiceIds()) data.Add((string)row[0]);
            return data;
        }

        [Fact]
        public void SampleCatalogHasNoErrors()
        {
            var errors = Sample.Value.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Theory]
        [MemberData(nameof(ServiceIds))]
        public void GeneratedModelMatchesApprovedFile(string serviceId)
        {
            string hintName = char.ToUpperInvariant(serviceId[0]) + serviceId[1..] + ".g.cs";
            Assert.True(Sample.Value.Sources.TryGetValue(hintName, out var source), $"No {hintName} among: " + string.Join(", ", Sample.Value.Sources.Keys));
            Approvals.Verify(hintName, source!);
        }

        [Theory]
        [MemberData(nameof(ServiceIds))]
        public void GeneratedValidatorAndJsonSupportMatchApprovedFiles(string serviceId)
        {
            string stem = char.ToUpperInvariant(serviceId[0]) + serviceId[1..];
            foreach (var hintName in new[] { stem + ".Validation.g.cs", stem + ".Json.g.cs" })
            {
                Assert.True(Sample.Value.Sources.TryGetValue(hintName, out var source), $"No {hintName} among: " + string.Join(", ", Sample.Value.Sources.Keys));
                Approvals.Verify(hintName, source!);
            }
        }

        [Fact]
        public void SharedSupportFilesMatchApprovedFiles()
        {
            foreach (var hintName in new[] { "FormFactoryValidation.g.cs", "FormFactoryJson.g.cs" })
            {
                Assert.True(Sample.Value.Sources.TryGetValue(hintName, out var source), $"No {hintName} among: " + string.Join(", ", Sample.Value.Sources.Keys));
                Approvals.Verify(hintName, source!);
            }
        }

        [Fact]
        public void CodeListEnumsMatchApprovedFiles()
        {
            var codeLists = Sample.Value.Sources.Where(s => s.Key.StartsWith("CodeLists.", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(codeLists);
            foreach (var (hintName, source) in codeLists) Approvals.Verify(hintName, source);
        }

        [Fact]
        public void EveryApprovedFileIsStillGenerated()
        {
            var orphans = Directory.EnumerateFiles(Approvals.Folder(), "*.g.cs")
                .Select(Path.GetFileName)
                .Where(name => !Sample.Value.Sources.ContainsKey(name!))
                .ToList();
            Assert.True(orphans.Count == 0, "Approved files no longer generated (delete them): " + string.Join(", ", orphans));
        }

        [Fact]
        public void GeneratedCodeCompilesWithoutWarningsWithNullableAndDocs()
        {
            CompiledOutput.AssertClean(Sample.Value.Output);
        }

        [Fact]
        public void ConsumerCodeUsesTheGeneratedTypes()
        {
            const string consumer = @"
using Consumer.Forms;
using Consumer.Forms.CodeLists;

/// <summary>Builds a submission in code.</summary>
public static class Use
{
    /// <summary>A dog registration.</summary>
    public static HundAnmelden Registration() => new HundAnmelden
    {
        Person = new HundAnmelden.PersonGroup { Vorname = ""Erika"", Geburtsdatum = new System.DateOnly(1990, 1, 31) },
        Hunde = new[]
        {
            new HundAnmelden.HundeItem
            {
                Name = ""Bello"",
                Rasse = Hunderasse.Mischling,
                Gefaehrlich = true,
                Sachkundenachweis = new FormFactory.Runtime.Attachment(""nachweis.pdf"", ""application/pdf"", 1024, new string('a', 64)),
            },
        },
        AnzahlHunde = 1L,
    };

    /// <summary>The service id.</summary>
    public const string Id = HundAnmelden.Metadata.Id;

    /// <summary>The code of a breed.</summary>
    public static string Code(Hunderasse r) => HunderasseCodes.ToCode(r);
}";
            var compilation = Sample.Value.Output.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(consumer, GeneratorHarness.ParseOptions));
            CompiledOutput.AssertClean(compilation);
        }

        [Fact]
        public void EveryCodeMapsToAMemberAndBack()
        {
            var assembly = SampleCompilation.Assembly;
            var mappings = assembly.GetTypes().Where(t => t.Namespace == "Consumer.Forms.CodeLists" && t.IsClass && t.IsAbstract && t.IsSealed).ToList();
            Assert.NotEmpty(mappings);
            foreach (var mapping in mappings)
            {
                var codes = (IEnumerable)mapping.GetProperty("Codes")!.GetValue(null)!;
                var tryParse = mapping.GetMethod("TryParse")!;
                var toCode = mapping.GetMethod("ToCode")!;
                var enumType = toCode.GetParameters()[0].ParameterType;
                int count = 0;
                foreach (string code in codes)
                {
                    var args = new object?[] { code, null };
                    Assert.True((bool)tryParse.Invoke(null, args)!, $"{mapping.Name}.TryParse(\"{code}\")");
                    Assert.Equal(code, (string)toCode.Invoke(null, new[] { args[1] })!);
                    count++;
                }
                Assert.Equal(Enum.GetValues(enumType).Length, count);
                Assert.False((bool)tryParse.Invoke(null, new object?[] { "no such code", null })!);
            }
        }
    }
}
