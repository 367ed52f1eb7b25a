// Build server pipeline. Run with: dotnet tool restore && dotnet cake [--target=X]
// Validates the catalog, renders the form packages into artifacts/packages and runs the tests; report and pack follow their issues.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

Task("Restore").Does(() => DotNetRestore("FormFactory.sln"));

Task("Compile").IsDependentOn("Restore").Does(() =>
    DotNetBuild("FormFactory.sln", new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Validate").IsDependentOn("Compile").Does(() =>
    DotNetRun("src/FormFactory.Cli/FormFactory.Cli.csproj", new ProcessArgumentBuilder().Append("validate").Append("definitions"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("Render").IsDependentOn("Validate").Does(() =>
    DotNetRun("src/FormFactory.Cli/FormFactory.Cli.csproj", new ProcessArgumentBuilder().Append("build").Append("definitions").Append("--out").Append("artifacts/packages"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true }));

Task("Test").IsDependentOn("Compile").Does(() =>
    DotNetTest("FormFactory.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true }));

Task("Default").IsDependentOn("Validate").IsDependentOn("Render").IsDependentOn("Test");

RunTarget(target);
