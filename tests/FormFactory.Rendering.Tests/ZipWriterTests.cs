using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using FormFactory.Rendering.Packages;

namespace FormFactory.Rendering.Tests
{
    /// <summary>The zip writer joins pieces deflated apart into entries any zip reader inflates to the whole file.</summary>
    public class ZipWriterTests
    {
        [Fact]
        public void PiecesDeflatedApartInflateToTheWholeFile()
        {
            var shared = Piece.Text(string.Concat(Enumerable.Repeat("<p>geteilter Text äöü</p>\n", 2000)), shared: true);
            var entries = new[]
            {
                new PackageEntry("b/seite.html", new[] { Piece.Text("<html>Vorher "), shared, Piece.Text(""), Piece.Text(" nachher</html>\n") }),
                new PackageEntry("a.txt", Piece.Text("ein Stück")),
                new PackageEntry("leer.txt", new Piece(new byte[0])),
            };
            using var buffer = new MemoryStream();
            ZipWriter.Write(entries, "dienst", buffer);

            using var zip = new ZipArchive(new MemoryStream(buffer.ToArray()), ZipArchiveMode.Read);
            Assert.Equal(new[] { "dienst/a.txt", "dienst/b/seite.html", "dienst/leer.txt" }, zip.Entries.Select(e => e.FullName));
            foreach (var entry in entries)
            {
                using var reader = new StreamReader(zip.GetEntry("dienst/" + entry.Path)!.Open(), Encoding.UTF8);
                Assert.Equal(Encoding.UTF8.GetString(entry.ToFile().Content), reader.ReadToEnd());
                Assert.Equal(entry.Length, zip.GetEntry("dienst/" + entry.Path)!.Length);
            }
        }

        [Fact]
        public void SameEntriesGiveSameBytes()
        {
            byte[] Zip() { using var s = new MemoryStream(); ZipWriter.Write(new[] { new PackageEntry("x.html", new[] { Piece.Text("a"), Piece.Text("b") }) }, "r", s); return s.ToArray(); }
            Assert.Equal(Zip(), Zip());
        }
    }
}
