using System;
using System.Diagnostics;
using System.IO;
using FormFactory.Generator.Tests.Support;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// The NuGet package end to end: <c>dotnet pack</c> of the generator into a folder feed, a new consumer project
    /// that only references the package (no AdditionalFiles, no imports: the package's build files pass
    /// <c>definitions/**/*.json</c>), restored from that feed next to the default source, built with the trimming
    /// and AOT analyzers on and warnings as errors, and run: it validates submissions and reads the kept data into
    /// the typed record. Slow (a pack, a restore, a build and a run: about a minute on two cores), so it is
    /// marked as an integration test: <c>dotnet test --filter Category!=Integration</c> leaves it out.
    /// </summary>
    [Trait("Category", "Integration")]
    public class PackageConsumerTests
    {
#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        private const string Form = @"{
  ""id"": ""hundesteuer"",
  ""title"": ""Hundesteuer"",
  ""steps"": [ { ""id"": ""eins"", ""title"": ""Eins"", ""fields"": [
    { ""id"": ""name"", ""type"": ""text"", ""label"": ""Name"", ""required"": true, ""maxLength"": 20 },
    { ""id"": ""geboren"", ""type"": ""date"", ""label"": ""Geboren"", ""required"": true, ""max"": ""today()"" },
    { ""id"": ""hunde"", ""type"": ""group"", ""label"": ""Hunde"", ""repeat"": { ""min"": 1, ""max"": 3 }, ""fields"": [
      { ""id"": ""rasse"", ""type"": ""choice"", ""codeList"": ""rasse"", ""label"": ""Rasse"", ""required"": true },
      { ""id"": ""gewicht"", ""type"": ""decimal"", ""label"": ""Gewicht"", ""scale"": 1 }
    ] }
  ] } ],
  ""rules"": [ { ""id"": ""volljaehrig"", ""assert"": ""age(geboren) >= 18"", ""on"": [ ""geboren"" ], ""message"": ""Sie müssen volljährig sein."" } ]
}";

        private const string Program = @"
using System;
using Amt.Antraege;
using Amt.Antraege.CodeLists;

var today = new DateTime(2026, 6, 15);
var bad = Hundesteuer.Validate(""{ \""geboren\"": \""2010-01-01\"", \""hunde\"": [ { \""rasse\"": \""pudel\"", \""gewicht\"": 12.25 } ] }"", today);
foreach (var e in bad.Errors) Console.WriteLine(""error "" + e.Path + "" "" + e.Code);
var good = Hundesteuer.Validate(""{ \""name\"": \""Erika\"", \""geboren\"": \""1980-02-29\"", \""hunde\"": [ { \""rasse\"": \""mischling\"", \""gewicht\"": 12.50 } ], \""extra\"": 1 }"", today);
Console.WriteLine(""valid "" + good.IsValid + "" "" + good.KeptJson);
var record = Hundesteuer.FromJson(good.KeptJson);
Console.WriteLine(""typed "" + record.Name + "" "" + record.Geboren!.Value.ToString(""yyyy-MM-dd"") + "" "" + RasseCodes.ToCode(record.Hunde[0].Rasse!.Value) + "" "" + record.Hunde[0].Gewicht);
Console.WriteLine(""roundtrip "" + (record.ToJson() == good.KeptJson));
";

        [Fact]
        public void PackedGeneratorBuildsAndRunsAConsumerThatValidatesSubmissions()
        {
            string dir = Path.Combine(Path.GetTempPath(), "formfactory-package-" + Guid.NewGuid().ToString("N"));
            try
            {
                string feed = Path.Combine(dir, "feed");
                string project = Path.Combine(SampleCatalog.Root, "src", "FormFactory.Generator", "FormFactory.Generator.csproj");
                // The test run has built the generator already: pack what is there.
                var (packed, packOutput) = Dotnet(SampleCatalog.Root, $"pack \"{project}\" -c {Configuration} --no-build -o \"{feed}\" -p:PackageVersion=0.0.0-test -nodeReuse:false");
                Assert.True(packed, "dotnet pack failed:\n" + packOutput);

                string consumer = Path.Combine(dir, "consumer");
                WriteConsumer(consumer);
                var (ran, output) = Dotnet(consumer, "run -c Release -nodeReuse:false -p:UseSharedCompilation=false");
                Assert.True(ran, "The consumer did not build or run:\n" + output);
                Assert.Contains("error name required", output);
                Assert.Contains("error hunde[0].rasse codeList", output);
                Assert.Contains("error hunde[0].gewicht scale", output);
                Assert.Contains("error geboren volljaehrig", output);
                Assert.Contains("valid True {\"name\":\"Erika\",\"geboren\":\"1980-02-29\",\"hunde\":[{\"rasse\":\"mischling\",\"gewicht\":12.5}]}", output);
                Assert.Contains("typed Erika 1980-02-29 mischling 12.5", output);
                Assert.Contains("roundtrip True", output);
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            }
        }

        private static void WriteConsumer(string dir)
        {
            Directory.CreateDirectory(Path.Combine(dir, "definitions", "services"));
            Directory.CreateDirectory(Path.Combine(dir, "definitions", "codelists"));
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <NoWarn>$(NoWarn);NU1603</NoWarn>
    <IsAotCompatible>true</IsAotCompatible>
    <FormFactoryRootNamespace>Amt.Antraege</FormFactoryRootNamespace>
    <!-- Keep the test's package out of the machine's package cache. -->
    <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""FormFactory.Generator"" Version=""0.0.0-test"" />
  </ItemGroup>
</Project>
");
            // The folder feed next to the default source; nothing of the repository's build settings.
            File.WriteAllText(Path.Combine(dir, "nuget.config"), @"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <add key=""formfactory-test"" value=""../feed"" />
  </packageSources>
</configuration>
");
            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(dir, "definitions", "services", "hundesteuer.form.json"), Form);
            File.WriteAllText(Path.Combine(dir, "definitions", "codelists", "rasse.codelist.json"),
                "{ \"id\": \"rasse\", \"values\": [ { \"code\": \"mischling\", \"label\": \"Mischling\" }, { \"code\": \"dackel\", \"label\": \"Dackel\" } ] }");
        }

        private static (bool Ok, string Output) Dotnet(string workingDirectory, string arguments)
        {
            var info = new ProcessStartInfo("dotnet", arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(300_000), $"dotnet {arguments} took longer than five minutes");
            return (process.ExitCode == 0, stdout.Result + stderr.Result);
        }
    }
}
