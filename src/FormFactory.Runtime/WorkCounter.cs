namespace FormFactory.Runtime
{
    /// <summary>
    /// Counts the inner steps of FormFactory's linear algorithms (the binder's passes over a definition, the multipart
    /// converter's lookups, pattern matching) on the current thread, so tests prove them linear by counting the work
    /// on inputs of growing size instead of timing it. Counting costs one increment; nothing reads it in production.
    /// </summary>
    public static class WorkCounter
    {
        [System.ThreadStatic] private static long _steps;

        /// <summary>Steps counted on this thread since the last <see cref="Reset"/>.</summary>
        public static long Steps => _steps;

        /// <summary>Counts one step.</summary>
        public static void Step() => _steps++;

        /// <summary>Counts <paramref name="steps"/> steps at once (for loops that count locally).</summary>
        public static void Add(long steps) => _steps += steps;

        /// <summary>Starts counting from zero on this thread.</summary>
        public static void Reset() => _steps = 0;
    }
}
