using System;
using System.IO;

namespace FormFactory.Cli.Tests
{
    public sealed class ReportCommandTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-cli-report-" + Guid.NewGuid().ToString("N"));

        private string Definitions => Path.Combine(_root, "definitions");

        private string Out => Path.Combine(_root, "out");

        public ReportCommandTests()
        {
            Write("factory.json", "{ \"name\": \"Testfabrik\", \"targetPerWeek\": 1, \"start\": \"2026-01-05\" }");
            Write("services/hund.form.json", Service("hund", "abgeschlossen",
                "{ \"status\": \"in-bearbeitung\", \"on\": \"2026-01-05\" }, { \"status\": \"abgeschlossen\", \"on\": \"2026-01-14\" }"));
            Write("services/kita.form.json", Service("kita", "offen", "{ \"status\": \"offen\", \"on\": \"2026-01-07\" }"));
            Write("tenants/dorf.tenant.json", "{ \"id\": \"dorf\", \"name\": \"Gemeinde Dorf\", \"type\": \"gemeinde\" }");
        }

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        [Fact]
        public void WritesThePageTheStatusCsvAndTheSummaryMarkdown()
        {
            var (code, stdout, stderr) = Run("report", Definitions, "--out", Out, "--as-of", "2026-02-01", "--tenant", "dorf");
            Assert.True(code == 0, stderr);
            Assert.True(File.Exists(Path.Combine(Out, "status.csv")));
            Assert.StartsWith("# Statusbericht: Testfabrik", File.ReadAllText(Path.Combine(Out, "report.md")));
            var html = File.ReadAllText(Path.Combine(Out, "report.html"));
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"de\">", html);
            Assert.Contains("Gemeinde Dorf", html);
            Assert.Contains("report.html", stdout);
        }

        [Fact]
        public void WritesEnglishOnRequest()
        {
            var (code, _, stderr) = Run("report", Definitions, "--out", Out, "--as-of", "2026-02-01", "--lang", "en");
            Assert.True(code == 0, stderr);
            Assert.StartsWith("# Status report: Testfabrik", File.ReadAllText(Path.Combine(Out, "report.md")));
            Assert.Contains("<html lang=\"en\">", File.ReadAllText(Path.Combine(Out, "report.html")));
        }

        [Fact]
        public void TenantAndTypeTogetherIsAUsageError()
        {
            var (code, _, stderr) = Run("report", Definitions, "--out", Out, "--tenant", "dorf", "--type", "gemeinde");
            Assert.Equal(2, code);
            Assert.Contains("--tenant", stderr);
            Assert.False(Directory.Exists(Out));
        }

        [Fact]
        public void UnknownTenantIsAUsageError()
        {
            var (code, _, stderr) = Run("report", Definitions, "--out", Out, "--tenant", "stadt");
            Assert.Equal(2, code);
            Assert.Contains("dorf", stderr); // names the known tenants
        }

        [Theory]
        [InlineData("2026-02-30")]
        [InlineData("20.11.2026")]
        [InlineData("2026-2-1")]
        public void BadAsOfDateIsAUsageError(string date) =>
            Assert.Equal(2, Run("report", Definitions, "--out", Out, "--as-of", date).Code);

        [Fact]
        public void UnknownLanguageIsAUsageError() =>
            Assert.Equal(2, Run("report", Definitions, "--out", Out, "--lang", "fr").Code);

        [Fact]
        public void UnknownMunicipalityTypeIsAUsageError() =>
            Assert.Equal(2, Run("report", Definitions, "--out", Out, "--type", "dorf").Code);

        [Fact]
        public void MissingOutIsAUsageError() => Assert.Equal(2, Run("report", Definitions).Code);

        [Fact]
        public void DefinitionErrorsStopTheReportWithDiagnostics()
        {
            Write("services/kaputt.form.json", "{ \"id\": \"kaputt\", ");
            var (code, _, stderr) = Run("report", Definitions, "--out", Out, "--as-of", "2026-02-01");
            Assert.Equal(1, code);
            Assert.Contains("kaputt.form.json", stderr);
            Assert.False(Directory.Exists(Out));
        }

        private void Write(string relative, string text)
        {
            var path = Path.Combine(Definitions, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static string Service(string id, string status, string history) =>
            "{ \"id\": \"" + id + "\", \"title\": \"" + id + "\", \"relevance\": [\"gemeinde\"], " +
            "\"factory\": { \"status\": \"" + status + "\", \"priority\": \"hoch\", \"history\": [ " + history + " ] }, " +
            "\"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": [ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ] } ] }";

        private static (int Code, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
