using System;
using System.IO;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>A temporary folder deleted at the end of the test.</summary>
    public sealed class TempFolder : IDisposable
    {
        /// <summary>Creates the folder.</summary>
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "formfactory-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        /// <summary>The folder.</summary>
        public string Path { get; }

        /// <summary>Writes a file below the folder and returns its full path.</summary>
        public string Write(string relative, string text)
        {
            string full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return full;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            try { Directory.Delete(Path, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
