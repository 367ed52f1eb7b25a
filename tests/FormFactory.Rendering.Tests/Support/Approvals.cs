using System.IO;
using FormFactory.Testing;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>
    /// Golden files of this project, in <c>tests/FormFactory.Rendering.Tests/Approved/</c> (see <see cref="GoldenFiles"/>
    /// for how a difference is shown and accepted).
    /// </summary>
    public static class Approvals
    {
        /// <summary>The folder of approved files.</summary>
        public static string Folder => Path.Combine(Repository.TestProject("FormFactory.Rendering.Tests"), "Approved");

        /// <summary>Asserts that <paramref name="actual"/> equals the approved file <paramref name="name"/>.</summary>
        public static void Verify(string name, string actual) => GoldenFiles.Verify(Folder, name, actual);
    }
}
