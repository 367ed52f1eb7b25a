using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Files;

namespace FormFactory.Definitions.Tests.Files
{
    /// <summary>
    /// <see cref="SafeFiles"/> and <see cref="RealPath"/>, the one way user files are read (issue 18, item 5):
    /// regular files only, links only inside the folder, the size limit counted while reading.
    /// </summary>
    public sealed class SafeFilesTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-safefiles-" + Guid.NewGuid().ToString("N"));
        private readonly string _folder;

        public SafeFilesTests()
        {
            _folder = Path.Combine(_root, "folder");
            Directory.CreateDirectory(Path.Combine(_folder, "sub"));
            File.WriteAllText(Path.Combine(_folder, "sub", "a.json"), "{}");
            File.WriteAllText(Path.Combine(_root, "outside.json"), "SECRET");
        }

        public void Dispose()
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
        }

        [Theory]
        [InlineData("/a/b", "/a", true)]
        [InlineData("/a", "/a", true)]
        [InlineData("/a", "/a/", true)]
        [InlineData("/x/y", "/", true)]
        [InlineData("/ab", "/a", false)]
        [InlineData("/a", "/a/b", false)]
        public void IsInsideComparesWholePathParts(string path, string folder, bool inside)
        {
            if (OperatingSystem.IsWindows()) return;
            Assert.Equal(inside, RealPath.IsInside(path, folder));
        }

        [Fact]
        public void SizeLimitHoldsAtTheByte()
        {
            string file = Path.Combine(_folder, "ten.json");
            File.WriteAllBytes(file, new byte[10]);
            Assert.Equal(10, SafeFiles.In(_folder).ReadAllBytes(file, 10).Length);
            var refused = Assert.Throws<UnsafeFileException>(() => SafeFiles.In(_folder).ReadAllBytes(file, 9));
            Assert.Equal(UnsafeFileReason.TooLarge, refused.Reason);
        }

        [Fact]
        public void LinksAreFollowedOnlyInsideTheFolder()
        {
            if (OperatingSystem.IsWindows()) return; // creating a link needs rights there
            string inside = Path.Combine(_folder, "inside.json");
            string outside = Path.Combine(_folder, "outside.json");
            File.CreateSymbolicLink(inside, Path.Combine("sub", "a.json"));
            File.CreateSymbolicLink(outside, Path.Combine(_root, "outside.json"));
            var files = SafeFiles.In(_folder);
            Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(files.ReadAllBytes(inside, 100)));
            Assert.Equal(UnsafeFileReason.LinkOutOfFolder, Assert.Throws<UnsafeFileException>(() => files.ReadAllBytes(outside, 100)).Reason);
            Assert.Equal("SECRET", System.Text.Encoding.UTF8.GetString(SafeFiles.Anywhere.ReadAllBytes(outside, 100))); // a file the user named
        }

        [Fact]
        public void FolderLinksAreNotWalkedAndOnesOutOfTheFolderAreReturned()
        {
            if (OperatingSystem.IsWindows()) return;
            Directory.CreateSymbolicLink(Path.Combine(_folder, "loop"), _folder);
            Directory.CreateSymbolicLink(Path.Combine(_folder, "away"), _root);
            var found = SafeFiles.In(_folder).Files(_folder, name => name.EndsWith(".json", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(_folder, f)).OrderBy(f => f, StringComparer.Ordinal);
            Assert.Equal(new[] { "away", Path.Combine("sub", "a.json") }, found);
        }

        [Fact]
        public void AFileLongerThanItSaysIsCountedWhileReading()
        {
            // /proc files are regular files that say they are empty and then hold text: like a file that grows.
            if (!OperatingSystem.IsLinux()) return;
            Assert.Contains("Name:", System.Text.Encoding.UTF8.GetString(SafeFiles.Anywhere.ReadAllBytes("/proc/self/status", 1024 * 1024)));
            Assert.Equal(UnsafeFileReason.TooLarge, Assert.Throws<UnsafeFileException>(() => SafeFiles.Anywhere.ReadAllBytes("/proc/self/status", 10)).Reason);
        }

        [Fact]
        public void DevicesAreNotRegularFiles()
        {
            if (!OperatingSystem.IsLinux()) return;
            Assert.Equal(UnsafeFileReason.NotARegularFile, Assert.Throws<UnsafeFileException>(() => SafeFiles.Anywhere.ReadAllBytes("/dev/zero", 100)).Reason);
            Assert.Equal(UnsafeFileReason.NotARegularFile, Assert.Throws<UnsafeFileException>(() => SafeFiles.Anywhere.ReadAllBytes(_folder, 100)).Reason);
        }
    }
}
