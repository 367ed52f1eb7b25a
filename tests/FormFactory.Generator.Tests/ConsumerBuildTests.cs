using System;
using System.Diagnostics;
using System.IO;
using FormFactory.Generator.Tests.Support;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// A real <c>dotnet build</c> of a consumer project that references the generator project as an analyzer: the
    /// compiler must load the generator's dependencies, and a bad definition must fail the build at its JSON line
    /// and column. Slow (two builds), so it runs one scenario end to end.
    /// </summary>
    public class ConsumerBuildTests
    {
#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        private const string Form = "{\n" +
            "  \"id\": \"antrag\",\n" +
            "  \"title\": \"Antrag\",\n" +
            "  \"steps\": [ { \"id\": \"eins\", \"title\": \"Eins\", \"fields\": [\n" +
            "    { \"id\": \"tag\", \"type\": \"date\", \"label\": \"Tag\" },\n" +
            "    { \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"Farbe\" },\n" +
            "    { \"id\": \"beleg\", \"type\": \"file\", \"label\": \"Beleg\" }\n" +
            "  ] } ]\n" +
            "}\n";

        private const string Program = @"
using Amt.Antraege;
using Amt.Antraege.CodeLists;

var antrag = new Antrag { Tag = new System.DateOnly(2026, 1, 5), Farbe = Farbe.Rot };
System.Console.WriteLine(Antrag.Metadata.Id + "":"" + FarbeCodes.ToCode(antrag.Farbe!.Value));
";

        [Fact]
        public void ConsumerBuildsAndABadDefinitionFailsItAtTheJsonLineAndColumn()
        {
            string dir = Path.Combine(Path.GetTempPath(), "formfactory-consumer-" + Guid.NewGuid().ToString("N"));
            try
            {
                WriteConsumer(dir);
                var (ok, output) = Build(dir);
                Assert.True(ok, "The consumer did not build:\n" + output);
                Assert.DoesNotContain("CS8784", output);

                string formPath = Path.Combine(dir, "definitions", "services", "antrag.form.json");
                string bad = Form.Replace("\"label\": \"Farbe\"", "\"label\": \"Farbe\", \"requird\": true");
                File.WriteAllText(formPath, bad);
                var (failed, errors) = Build(dir);
                Assert.False(failed, "The consumer built despite a bad definition:\n" + errors);
                int column = bad.Split('\n')[5].IndexOf("\"requird\"", StringComparison.Ordinal) + 1;
                string expected = formPath + $"(6,{column}): error FF0101";
                Assert.True(errors.Contains(expected, StringComparison.Ordinal), $"Expected '{expected}' in:\n{errors}");
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            }
        }

        private static void WriteConsumer(string dir)
        {
            string src = Path.Combine(SampleCatalog.Root, "src");
            Directory.CreateDirectory(Path.Combine(dir, "definitions", "services"));
            Directory.CreateDirectory(Path.Combine(dir, "definitions", "codelists"));
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <Import Project=""{src}/FormFactory.Generator/build/FormFactory.Generator.props"" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);NU1603</NoWarn>
    <FormFactoryRootNamespace>Amt.Antraege</FormFactoryRootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include=""definitions/**/*.json"" />
    <ProjectReference Include=""{src}/FormFactory.Generator/FormFactory.Generator.csproj"" OutputItemType=""Analyzer"" ReferenceOutputAssembly=""false"" />
    <ProjectReference Include=""{src}/FormFactory.Runtime/FormFactory.Runtime.csproj"" />
  </ItemGroup>
</Project>
");
            // Keep the repository's Directory.Build.props out of the consumer's way.
            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(dir, "definitions", "services", "antrag.form.json"), Form);
            File.WriteAllText(Path.Combine(dir, "definitions", "codelists", "farbe.codelist.json"),
                "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"rot\", \"label\": \"Rot\" } ] }");
        }

        private static (bool Ok, string Output) Build(string dir)
        {
            // The generator and runtime are already built by the test run: only ask them for their outputs, and
            // leave no build server or node behind.
            var info = new ProcessStartInfo("dotnet", $"build -c {Configuration} -p:BuildProjectReferences=false -p:UseSharedCompilation=false -nodeReuse:false -clp:NoSummary")
            {
                WorkingDirectory = dir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(180_000), "dotnet build took longer than three minutes");
            return (process.ExitCode == 0, stdout.Result + stderr.Result);
        }
    }
}
