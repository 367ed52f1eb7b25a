namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// Counts the inner steps of the binder's passes over a form (per thread), so tests can prove each pass linear by
    /// counting work on generated definitions of growing size instead of timing it.
    /// </summary>
    internal static class BindingWork
    {
        [System.ThreadStatic] private static long _steps;

        /// <summary>Steps counted on this thread since the last <see cref="Reset"/>.</summary>
        public static long Steps => _steps;

        public static void Step() => _steps++;

        public static void Reset() => _steps = 0;
    }
}
