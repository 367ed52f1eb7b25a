using System;
using System.IO;

namespace FormFactory.Cli.Tests
{
    public sealed class SynthCommandTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-cli-synth-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        [Fact]
        public void WritesACatalogThatValidates()
        {
            var (code, stdout, stderr) = Run("synth", "--services", "25", "--tenants", "6", "--seed", "3", "--out", _root);
            Assert.True(code == 0, stderr);
            Assert.Contains("25 services", stdout);
            Assert.Equal(25, Directory.GetFiles(Path.Combine(_root, "services")).Length);
            Assert.Equal(0, Run("validate", _root).Code);
        }

        [Theory]
        [InlineData("--services", "0", "--tenants", "3")]
        [InlineData("--services", "5", "--tenants", "-1")]
        [InlineData("--services", "5", "--tenants", "3", "--start", "2024-13-01")]
        [InlineData("--tenants", "3")]
        public void BadOptionsAreUsageErrors(params string[] options)
        {
            var args = new string[options.Length + 3];
            args[0] = "synth";
            options.CopyTo(args, 1);
            args[^2] = "--out";
            args[^1] = _root;
            Assert.Equal(2, Run(args).Code);
            Assert.False(Directory.Exists(_root));
        }

        [Fact]
        public void AFolderWithOtherFilesIsAUsageError()
        {
            Directory.CreateDirectory(_root);
            File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");
            var (code, _, stderr) = Run("synth", "--services", "5", "--tenants", "1", "--out", _root);
            Assert.Equal(2, code);
            Assert.Contains("not empty", stderr);
        }

        private static (int Code, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
