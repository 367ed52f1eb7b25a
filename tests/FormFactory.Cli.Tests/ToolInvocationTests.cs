using System;
using System.IO;

namespace FormFactory.Cli.Tests
{
    /// <summary>Hints name the command that starts the tool where the user is.</summary>
    public sealed class ToolInvocationTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-invocation-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        [Fact]
        public void InACheckoutItIsDotnetRunWithThePathFromWhereTheUserIs()
        {
            var project = Path.Combine(_root, "src", "FormFactory.Cli");
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "FormFactory.Cli.csproj"), "<Project />");
            var bin = Path.Combine(project, "bin", "Debug", "net10.0");
            Assert.Equal("dotnet run --project src/FormFactory.Cli --", ToolInvocation.For(bin, _root));
            Directory.CreateDirectory(Path.Combine(_root, "definitions"));
            Assert.Equal("dotnet run --project ../src/FormFactory.Cli --", ToolInvocation.For(bin, Path.Combine(_root, "definitions")));
        }

        [Fact]
        public void AsAGlobalToolItIsFormfactory() =>
            Assert.Equal("formfactory", ToolInvocation.For(Path.Combine(_root, ".dotnet", "tools", ".store", "formfactory.cli", "1.0.0", "formfactory.cli", "1.0.0", "tools", "net10.0", "any"), _root));

        [Fact]
        public void AsALocalToolItIsDotnetFormfactory() =>
            Assert.Equal("dotnet formfactory", ToolInvocation.For(Path.Combine(_root, ".nuget", "packages", "formfactory.cli", "1.0.0", "tools", "net10.0", "any"), _root));

        [Fact]
        public void ElsewhereItIsFormfactory() =>
            Assert.Equal("formfactory", ToolInvocation.For(Path.Combine(_root, "opt", "formfactory"), _root));
    }
}
