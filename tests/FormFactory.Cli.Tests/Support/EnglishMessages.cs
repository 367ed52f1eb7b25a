using System;
using System.Runtime.CompilerServices;

namespace FormFactory.Cli.Tests.Support
{
    /// <summary>
    /// Commands run inside the test process read their message language from the environment once; the tests' English
    /// assertions must not depend on the machine's locale, so the test process asks for English before any test runs.
    /// Tests of German output pass <c>--lang de</c> or start a process with its own variables.
    /// </summary>
    internal static class EnglishMessages
    {
        [ModuleInitializer]
        internal static void AskForEnglish() => Environment.SetEnvironmentVariable("LC_ALL", "C.UTF-8");
    }
}
