using System;
using System.IO;
using System.Text;
using Xunit.Sdk;

namespace FormFactory.Testing
{
    /// <summary>
    /// Golden files: approved output, checked in, compared with what a test produces (line endings as LF). A difference
    /// writes <c>NAME.received.EXT</c> beside the approved file and fails with a line diff; review it and rename it over
    /// the approved file to accept the change, or run the tests once with <c>FORMFACTORY_ACCEPT=1</c> to accept every
    /// difference.
    /// </summary>
    public static class GoldenFiles
    {
        /// <summary>The environment variable that accepts every received output.</summary>
        public const string AcceptVariable = "FORMFACTORY_ACCEPT";

        private static readonly UTF8Encoding Utf8 = new(false);

        /// <summary>Asserts that <paramref name="actual"/> equals <paramref name="folder"/>/<paramref name="name"/> (a relative path).</summary>
        /// <exception cref="XunitException">They differ, or there is no approved file.</exception>
        public static void Verify(string folder, string name, string actual)
        {
            string approvedPath = Path.Combine(folder, name);
            string receivedPath = ReceivedPath(approvedPath);
            actual = actual.Replace("\r\n", "\n");
            string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath, Encoding.UTF8).Replace("\r\n", "\n") : null;
            if (approved == actual)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(approvedPath, actual, Utf8);
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            File.WriteAllText(receivedPath, actual, Utf8);
            throw new XunitException(approved == null
                ? $"There is no approved {name} yet. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)} to approve it."
                : $"{name} differs from the approved file. Review {receivedPath} and rename it over the approved file to accept it "
                  + $"(or run with {AcceptVariable}=1).\n" + TextDiff.Show(approved, actual));
        }

        /// <summary><c>a/b.form.json</c> → <c>a/b.form.received.json</c>.</summary>
        public static string ReceivedPath(string approvedPath)
        {
            string name = Path.GetFileName(approvedPath);
            int dot = name.LastIndexOf('.');
            string received = dot < 0 ? name + ".received" : name.Substring(0, dot) + ".received" + name.Substring(dot);
            return Path.Combine(Path.GetDirectoryName(approvedPath)!, received);
        }
    }
}
