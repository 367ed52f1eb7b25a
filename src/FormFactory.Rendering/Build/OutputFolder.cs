using System.Collections.Generic;
using System.IO;
using System.Threading;
using FormFactory.Rendering.Packages;

namespace FormFactory.Rendering.Build
{
    /// <summary>Writes a build's files below one folder and counts them; safe to use from many threads.</summary>
    internal sealed class OutputFolder
    {
        private int _files;
        private long _bytes;

        public OutputFolder(string root) => Root = root;

        public string Root { get; }

        /// <summary>Files written so far.</summary>
        public int Files => Volatile.Read(ref _files);

        /// <summary>Bytes written so far.</summary>
        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/> (forward slashes) below <paramref name="directory"/>.</summary>
        public void Write(string directory, string relativePath, byte[] content)
        {
            string path = Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            Count(content.Length);
        }

        /// <summary>Streams the zip of <paramref name="files"/> (below the folder <paramref name="root"/>) to <paramref name="path"/>.</summary>
        public void WriteZip(string path, IReadOnlyList<PackageFile> files, string root)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            long length;
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024))
            {
                DeterministicZip.Write(files, root, stream);
                length = stream.Length;
            }
            Count(length);
        }

        private void Count(long bytes)
        {
            Interlocked.Increment(ref _files);
            Interlocked.Add(ref _bytes, bytes);
        }
    }
}
