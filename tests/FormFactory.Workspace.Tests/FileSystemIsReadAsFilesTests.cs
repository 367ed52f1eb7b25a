using System;
using System.IO;
using System.Linq;
using FormFactory.Testing;

namespace FormFactory.Workspace.Tests
{
    /// <summary>
    /// Issue 18, item 5: the definitions folder is read as files. A symbolic link loop finishes, a link out of the
    /// folder is not followed (and its target's content appears in no message), a FIFO or device is not opened, and
    /// the size limit holds. Everything lives in a temporary folder; the "foreign" files lie next to the definitions.
    /// </summary>
    public sealed class FileSystemIsReadAsFilesTests : IDisposable
    {
        private const string Service = """{ "id": "hund", "title": "Hund", "steps": [ { "id": "s", "title": "S", "fields": [ { "id": "a", "type": "text", "label": "A" } ] } ] }""";

        private readonly string _parent = Path.Combine(Path.GetTempPath(), "formfactory-fs-" + Guid.NewGuid().ToString("N"));
        private readonly string _definitions;

        public FileSystemIsReadAsFilesTests()
        {
            _definitions = Path.Combine(_parent, "definitions");
            Directory.CreateDirectory(Path.Combine(_definitions, "services"));
            File.WriteAllText(Path.Combine(_definitions, "services", "hund.form.json"), Service);
        }

        public void Dispose()
        {
            try { Directory.Delete(_parent, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        /// <summary>Reads the folder on another thread, so that a hang fails the test instead of stopping the run.</summary>
        private FolderContents Read(string? path = null)
        {
            return SpecialFiles.WithoutHanging(() => DefinitionFolder.ReadContents(path ?? _definitions), "reading the folder");
        }

        [Fact]
        public void SymbolicLinkLoopsFinishAndEachFileIsReadOnce()
        {
            if (OperatingSystem.IsWindows()) return; // creating a link needs rights there
            Directory.CreateSymbolicLink(Path.Combine(_definitions, "loop"), _definitions);
            Directory.CreateSymbolicLink(Path.Combine(_definitions, "services", "up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(_definitions, "services", "again"), Path.Combine(_definitions, "services"));
            var contents = Read();
            Assert.Empty(contents.Problems);
            var file = Assert.Single(contents.Files);
            Assert.EndsWith("services/hund.form.json", file.Path);
        }

        [Fact]
        public void LinkToAFileOutOfTheFolderIsNotFollowedNorQuoted()
        {
            if (OperatingSystem.IsWindows()) return;
            string secret = Path.Combine(_parent, "secret.txt");
            File.WriteAllText(secret, "root:x:0:0:SECRET-CONTENT");
            File.CreateSymbolicLink(Path.Combine(_definitions, "services", "passwd.form.json"), secret);
            var contents = Read();
            var problem = Assert.Single(contents.Problems);
            Assert.Equal("FF0008", problem.Id);
            Assert.EndsWith("services/passwd.form.json", problem.Location.Path);
            Assert.DoesNotContain(contents.Files, f => f.Text.Contains("SECRET-CONTENT"));
            var result = CatalogLoader.Bind(contents.Files, contents.Problems);
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("SECRET"));
        }

        [Fact]
        public void LinkToAFolderOutOfTheFolderIsNotFollowed()
        {
            if (OperatingSystem.IsWindows()) return;
            string foreign = Path.Combine(_parent, "foreign");
            Directory.CreateDirectory(foreign);
            File.WriteAllText(Path.Combine(foreign, "fremd.form.json"), Service.Replace("\"hund\"", "\"fremd\""));
            Directory.CreateSymbolicLink(Path.Combine(_definitions, "shared"), foreign);
            var contents = Read();
            Assert.Equal("FF0008", Assert.Single(contents.Problems).Id);
            Assert.DoesNotContain(contents.Files, f => f.Path.Contains("fremd"));
        }

        [Fact]
        public void LinkToAFileInsideTheFolderIsRead()
        {
            if (OperatingSystem.IsWindows()) return;
            Directory.CreateDirectory(Path.Combine(_definitions, "shared"));
            File.Move(Path.Combine(_definitions, "services", "hund.form.json"), Path.Combine(_definitions, "shared", "hund.form.json"));
            File.CreateSymbolicLink(Path.Combine(_definitions, "services", "hund.form.json"), Path.Combine("..", "shared", "hund.form.json"));
            var contents = Read();
            Assert.Empty(contents.Problems);
            Assert.Equal(2, contents.Files.Count); // the file where it lies, and through the link
        }

        [Fact]
        public void FifoIsNotOpened()
        {
            if (!SpecialFiles.CanMakeFifo) return;
            SpecialFiles.MakeFifo(Path.Combine(_definitions, "services", "pipe.form.json"));
            var contents = Read();
            var problem = Assert.Single(contents.Problems);
            Assert.Equal("FF0007", problem.Id);
            Assert.Contains("not a regular file", problem.Message);
            Assert.Single(contents.Files);
        }

        [Fact]
        public void DeviceNamedAsTheOneFileIsNotRead()
        {
            if (!OperatingSystem.IsLinux()) return;
            var contents = Read("/dev/zero");
            Assert.Equal("FF0007", Assert.Single(contents.Problems).Id);
            Assert.Empty(contents.Files);
        }

        [Fact]
        public void FileLargerThanTheLimitIsRefused()
        {
            string big = Path.Combine(_definitions, "services", "gross.form.json");
            using (var stream = File.Create(big)) stream.SetLength(DefinitionFolder.MaxFileBytes + 1);
            var problem = Assert.Single(Read().Problems);
            Assert.Equal("FF0006", problem.Id);
            Assert.Contains("larger than 8 MB", problem.Message);
        }
    }
}
