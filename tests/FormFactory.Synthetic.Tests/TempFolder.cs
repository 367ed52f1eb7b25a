using System;
using System.IO;

namespace FormFactory.Synthetic.Tests
{
    /// <summary>A folder under the temp path, deleted on dispose.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ff-synth-" + Guid.NewGuid().ToString("N"));

        public string Sub(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
    }
}
