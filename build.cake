// Build server pipeline for FormFactory.
//
//   dotnet tool restore && dotnet cake                  # Default: validate, the form packages and the report (quick)
//   dotnet cake --target=All                            # the whole pipeline: every task below, in order
//   dotnet cake --target=Validate                       # one task and what it needs (add --exclusive for the task alone)
//
// Arguments: --configuration=Release|Debug, --asOf=YYYY-MM-DD (the report's day; default today in Europe/Berlin),
// --packageVersion=1.2.3 (NuGet package version; default 1.0.0), --definitions=DIR (default definitions).
// Everything goes to artifacts/. Any failing step stops the run with a non-zero exit code.

using System.Security.Cryptography;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var definitions = Argument("definitions", "definitions");
var asOf = Argument("asOf", "");
var packageVersion = Argument("packageVersion", "1.0.0");

var solution = File("FormFactory.sln");
var artifacts = Directory("artifacts");
var cliProject = File("src/FormFactory.Cli/FormFactory.Cli.csproj");
var cliDll = File($"src/FormFactory.Cli/bin/{configuration}/net10.0/formfactory.dll");
var buildSettings = new DotNetMSBuildSettings().WithProperty("Version", packageVersion);

// Runs the formfactory command built by this pipeline; returns its exit code, and its output when asked to capture it.
int Formfactory(string arguments, out IEnumerable<string> output, bool capture = false)
{
    Information($"formfactory {arguments}");
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{cliDll}\" {arguments}",
        RedirectStandardOutput = capture,
    }, out output);
    return exit;
}

void Require(int exitCode, string what)
{
    if (exitCode != 0) throw new CakeException(exitCode, $"{what} failed with exit code {exitCode}.");
}

Setup(context =>
{
    Information($"FormFactory pipeline: target {target}, configuration {configuration}, definitions {definitions}, package version {packageVersion}");
});

Task("Clean")
    .Description("Removes artifacts/ and the build output.")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Minimal });
});

Task("Restore")
    .Description("Restores NuGet packages for the solution.")
    .Does(() => DotNetRestore(solution));

Task("Validate")
    .Description("Builds the CLI and checks every definition; writes artifacts/validation.sarif.")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(cliProject, new DotNetBuildSettings { Configuration = configuration, NoRestore = true, MSBuildSettings = buildSettings });
    EnsureDirectoryExists(artifacts);
    var exit = Formfactory($"validate \"{definitions}\" --format sarif", out var sarif, capture: true);
    System.IO.File.WriteAllLines(artifacts.Path.CombineWithFilePath("validation.sarif").FullPath, sarif);
    Require(Formfactory($"validate \"{definitions}\"", out _), "Validation");
    Require(exit, "Validation (SARIF)");
});

Task("Compile")
    .Description("Builds the whole solution, the generator included.")
    .IsDependentOn("Restore")
    .Does(() =>
        DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true, MSBuildSettings = buildSettings }));

Task("Test")
    .Description("Runs every test project; TRX results go to artifacts/test-results.")
    .IsDependentOn("Compile")
    .Does(() =>
{
    // What the tests need (Node.js, Chromium, Java and vnu-jar, PostgreSQL): the same set-up as the README's test command.
    Require(StartProcess("bash", new ProcessSettings { Arguments = "tests/setup" }), "tests/setup");
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = new[] { "trx", "console;verbosity=minimal" },
        ResultsDirectory = artifacts + Directory("test-results"),
    });
});

Task("Render")
    .Description("Renders the form packages (a folder and a zip per tenant and service) and the portals into artifacts/packages.")
    .IsDependentOn("Validate")
    .Does(() =>
{
    Require(Formfactory($"build \"{definitions}\" --out \"{artifacts}/packages\"", out _), "Rendering");
});

Task("Report")
    .Description("Writes the factory report (report.html, status.csv, report.md) to artifacts/report.")
    .IsDependentOn("Validate")
    .Does(() =>
{
    var day = string.IsNullOrEmpty(asOf) ? "" : $" --as-of {asOf}";
    Require(Formfactory($"report \"{definitions}\" --out \"{artifacts}/report\"{day}", out _), "Report");
});

Task("Pack")
    .Description("NuGet packages of the packable projects, every form package's zip, each tenant's site zipped, and SHA256SUMS over all of them.")
    .IsDependentOn("Compile")
    .IsDependentOn("Render")
    .Does(() =>
{
    var nuget = artifacts + Directory("nuget");
    CleanDirectory(nuget);
    DotNetPack(solution, new DotNetPackSettings
    {
        Configuration = configuration, NoBuild = true, NoRestore = true, OutputDirectory = nuget, MSBuildSettings = buildSettings,
    });
    var packages = artifacts + Directory("packages");
    var zips = artifacts + Directory("packages-zip");
    CleanDirectory(zips);
    if (DirectoryExists(packages))
        foreach (var tenant in GetSubDirectories(packages).OrderBy(d => d.FullPath, StringComparer.Ordinal))
        {
            // Each form package as Render zipped it (deterministic: the same bytes on every build), and per tenant
            // its site (portal and unpacked packages) without those zips, so nothing is archived twice.
            var tenantZips = zips + Directory(tenant.GetDirectoryName());
            EnsureDirectoryExists(tenantZips);
            var packageZips = GetFiles($"{tenant}/*.zip").OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
            foreach (var zip in packageZips) CopyFileToDirectory(zip, tenantZips);
            var site = GetFiles($"{tenant}/**/*").Where(f => !packageZips.Contains(f)).OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
            Zip(tenant, zips + File(tenant.GetDirectoryName() + ".site.zip"), site);
        }
    else
        Information("No form packages to zip (artifacts/packages does not exist).");

    var files = GetFiles($"{nuget}/*.nupkg").Concat(GetFiles($"{zips}/**/*.zip")).OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
    var lines = files.Select(f =>
    {
        using var stream = System.IO.File.OpenRead(f.FullPath);
        var hash = Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
        return hash + "  " + MakeAbsolute(artifacts).GetRelativePath(f).FullPath;
    }).ToList();
    var sums = artifacts.Path.CombineWithFilePath("SHA256SUMS");
    System.IO.File.WriteAllText(sums.FullPath, string.Join("\n", lines) + "\n");
    foreach (var line in lines) Information(line);
    Information($"{files.Count} file(s) checksummed in {sums} (check with: cd artifacts && sha256sum -c SHA256SUMS)");
});

Task("Default")
    .Description("The main job, quick: Validate, Render, Report (the CLI is the only project built).")
    .IsDependentOn("Validate")
    .IsDependentOn("Render")
    .IsDependentOn("Report");

Task("All")
    .Description("The whole pipeline: Clean, Restore, Validate, Compile, Test, Render, Report, Pack.")
    .IsDependentOn("Clean")
    .IsDependentOn("Restore")
    .IsDependentOn("Validate")
    .IsDependentOn("Compile")
    .IsDependentOn("Test")
    .IsDependentOn("Render")
    .IsDependentOn("Report")
    .IsDependentOn("Pack");

RunTarget(target);
