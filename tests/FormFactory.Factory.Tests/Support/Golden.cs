using FormFactory.Testing;

namespace FormFactory.Factory.Tests.Support
{
    /// <summary>
    /// Golden files of this project in <c>Approved/</c> (see <see cref="GoldenFiles"/> for how a difference is shown
    /// and accepted).
    /// </summary>
    internal static class Golden
    {
        public static void Verify(string name, string actual) => GoldenFiles.Verify(RepositoryPaths.Approved, name, actual);
    }
}
