using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Output
{
    /// <summary>
    /// The language of diagnostics and notes: <c>--lang de|en</c>, else the environment as POSIX reads it
    /// (<c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then <c>LANG</c>; <c>de_DE.UTF-8</c> gives German, <c>C</c> and any other
    /// language English), else the operating system's UI culture.
    /// </summary>
    internal static class MessageLanguage
    {
        private static readonly string[] Variables = { "LC_ALL", "LC_MESSAGES", "LANG" };

        private static readonly Lazy<string> FromThisEnvironment = new(() => FromEnvironment(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture));

        /// <summary>The language this process's environment asks for.</summary>
        public static string Default => FromThisEnvironment.Value;

        /// <summary>The <c>--lang</c> option of commands that report diagnostics; without it, <see cref="Default"/>.</summary>
        public static Option<string?> Option()
        {
            var option = new Option<string?>("--lang") { Description = "The language of messages: de or en (default: from LC_ALL, LC_MESSAGES or LANG, else the system's)." };
            option.AcceptOnlyFromAmong(DiagnosticMessages.Languages.ToArray());
            return option;
        }

        /// <summary>The chosen language: <paramref name="option"/> when given, else <see cref="Default"/>.</summary>
        public static string Resolve(string? option) => option ?? Default;

        /// <summary>The language the given environment asks for.</summary>
        public static string FromEnvironment(Func<string, string?> variable, CultureInfo uiCulture)
        {
            foreach (var name in Variables)
            {
                var value = variable(name);
                if (!string.IsNullOrEmpty(value)) return Of(value!);
            }
            return Of(uiCulture.TwoLetterISOLanguageName);
        }

        /// <summary><c>de</c> for a German locale name (<c>de</c>, <c>de_AT.UTF-8</c>, <c>de-CH</c>), else <c>en</c>.</summary>
        private static string Of(string locale) =>
            locale.Length >= 2 && string.Equals(locale.Substring(0, 2), "de", StringComparison.OrdinalIgnoreCase) && (locale.Length == 2 || !char.IsLetter(locale[2])) ? "de" : "en";
    }
}
