using System;
using System.IO;
using Xunit.Sdk;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>
    /// Golden files under <c>Approved/</c>, checked in. A difference writes <c>name.received.ext</c> next to the approved
    /// file and fails with a diff; review it and rename it over the approved file to accept the change (or run the
    /// tests once with FORMFACTORY_ACCEPT=1 to accept every difference).
    /// </summary>
    public static class Approved
    {
        /// <summary>
        /// The folder of approved files in the source tree: <c>Approved/</c> of the test project this file is compiled
        /// into (it is shared by linking, so the project is found by the assembly's name, which is the folder's).
        /// </summary>
        public static string Folder => Path.Combine(Cases.RepositoryRoot, "tests", typeof(Approved).Assembly.GetName().Name!, "Approved");

        /// <summary>Compares <paramref name="received"/> with <c>Approved/<paramref name="relative"/></c>.</summary>
        public static void Verify(string relative, string received)
        {
            string approvedPath = Path.Combine(Folder, relative);
            string receivedPath = ReceivedPath(approvedPath);
            received = received.Replace("\r\n", "\n");
            string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
            if (approved == received)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            if (Environment.GetEnvironmentVariable("FORMFACTORY_ACCEPT") == "1")
            {
                File.WriteAllText(approvedPath, received);
                return;
            }
            File.WriteAllText(receivedPath, received);
            throw new XunitException(approved == null
                ? $"There is no approved {relative} yet. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)} to approve it."
                : $"{relative} differs from the approved file. Review {receivedPath} and rename it over the approved file to accept it.\n"
                  + TextDiff.Show(approved, received));
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
