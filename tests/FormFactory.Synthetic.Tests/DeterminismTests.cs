using System;
using System.IO;
using System.Linq;

namespace FormFactory.Synthetic.Tests
{
    public class DeterminismTests
    {
        private static SynthOptions Options(long seed) => new() { Services = 80, Tenants = 9, Seed = seed };

        private static (string Path, byte[] Bytes)[] Files(string folder) => Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToArray();

        [Fact]
        public void TheSameSeedGivesByteIdenticalFiles()
        {
            using var temp = new TempFolder();
            CatalogSynthesizer.Write(Options(5), temp.Sub("a"));
            CatalogSynthesizer.Write(Options(5), temp.Sub("b"));
            var a = Files(temp.Sub("a"));
            var b = Files(temp.Sub("b"));
            Assert.Equal(a.Select(f => f.Path), b.Select(f => f.Path));
            for (int i = 0; i < a.Length; i++) Assert.True(a[i].Bytes.AsSpan().SequenceEqual(b[i].Bytes), a[i].Path + " differs");
        }

        [Fact]
        public void DifferentSeedsGiveDifferentCatalogs()
        {
            using var temp = new TempFolder();
            CatalogSynthesizer.Write(Options(5), temp.Sub("a"));
            CatalogSynthesizer.Write(Options(6), temp.Sub("b"));
            var a = Files(temp.Sub("a")).Where(f => f.Path.StartsWith("services/")).Select(f => f.Path).ToList();
            var b = Files(temp.Sub("b")).Where(f => f.Path.StartsWith("services/")).Select(f => f.Path).ToList();
            Assert.NotEqual(a, b);
        }

        [Fact]
        public void ARunReplacesAnEarlierSyntheticCatalog()
        {
            using var temp = new TempFolder();
            CatalogSynthesizer.Write(Options(5), temp.Path);
            CatalogSynthesizer.Write(Options(5) with { Services = 10 }, temp.Path);
            Assert.Equal(10, Directory.GetFiles(temp.Sub("services")).Length);
        }

        [Fact]
        public void AFolderWithOtherFilesIsLeftAlone()
        {
            using var temp = new TempFolder();
            Directory.CreateDirectory(temp.Path);
            File.WriteAllText(temp.Sub("mine.txt"), "keep");
            Assert.Throws<IOException>(() => CatalogSynthesizer.Write(Options(5), temp.Path));
            Assert.Equal("keep", File.ReadAllText(temp.Sub("mine.txt")));
        }
    }
}
