using System;
using System.Text.RegularExpressions;
using FluentValidation;
using FormFactory.Benchmarks.Forms;
using FormFactory.Benchmarks.Forms.CodeLists;
using FormFactory.Runtime;

namespace FormFactory.Benchmarks.Validation
{
    /// <summary>
    /// What a team would write by hand with FluentValidation for hundAnmelden, over the generated record: the same
    /// required fields, conditions (<c>visibleWhen</c>/<c>requiredWhen</c>), bounds, patterns, formats, file checks and
    /// the two rules. It is the close equivalent, not the identical semantics: lengths count UTF-16 units (the
    /// generated validator counts code points), a missing group is one error rather than one per required field,
    /// paths and messages are FluentValidation's (German messages, no English ones), and it produces no kept JSON.
    /// </summary>
    public sealed class HundAnmeldenFluentValidator : AbstractValidator<HundAnmelden>
    {
        /// <summary>Builds the rules for <paramref name="today"/>, the day <c>today()</c> means.</summary>
        public HundAnmeldenFluentValidator(DateOnly today)
        {
            RuleFor(x => x.Person).NotNull().WithErrorCode("required").SetValidator(new PersonValidator(today)!);
            RuleFor(x => x.Anschrift).NotNull().WithErrorCode("required").SetValidator(new AnschriftValidator()!);
            RuleFor(x => x.Kontakt).SetValidator(new KontaktValidator()!);
            RuleFor(x => x.Hunde.Count).InclusiveBetween(1, 5).WithErrorCode("repeat").OverridePropertyName("hunde");
            RuleForEach(x => x.Hunde).SetValidator(new HundValidator(today));
            RuleFor(x => x.AnzahlHunde).NotNull().WithErrorCode("required").InclusiveBetween(1, 20).WithErrorCode("range");
            RuleFor(x => x.Zuzug).NotNull().WithErrorCode("required");
            When(x => x.Zuzug == true, () => RuleFor(x => x.BisherigeGemeinde).Required().MaximumLength(80));
            RuleFor(x => x.Lastschrift).NotNull().WithErrorCode("required");
            When(x => x.Lastschrift == true, () =>
            {
                RuleFor(x => x.Bankverbindung).NotNull().WithErrorCode("required").SetValidator(new BankverbindungValidator()!);
                RuleFor(x => x.SepaMandat).Equal(true).WithErrorCode("required");
            });
            RuleFor(x => x.Richtigkeit).Equal(true).WithErrorCode("required");

            RuleFor(x => x.AnzahlHunde)
                .Must((form, count) => count == null || form.Hunde.Count == 0 || count >= form.Hunde.Count)
                .WithErrorCode("anzahlPlausibel")
                .WithMessage("Die Zahl der Hunde in Ihrem Haushalt kann nicht kleiner sein als die Zahl der Hunde, die Sie jetzt anmelden.");
            RuleFor(x => x.Person!.Geburtsdatum)
                .Must(born => born == null || Age(born.Value, today) >= 18)
                .When(x => x.Person != null)
                .WithErrorCode("halterVolljaehrig")
                .WithMessage("Einen Hund anmelden kann nur, wer volljährig ist.")
                .OverridePropertyName("person.geburtsdatum");
        }

        private static int Age(DateOnly born, DateOnly today)
        {
            int age = today.Year - born.Year;
            return born.AddYears(age) > today ? age - 1 : age;
        }

        private sealed class PersonValidator : AbstractValidator<HundAnmelden.PersonGroup>
        {
            public PersonValidator(DateOnly today)
            {
                RuleFor(x => x.Vorname).Required().MaximumLength(80);
                RuleFor(x => x.Familienname).Required().MaximumLength(120);
                RuleFor(x => x.Geburtsname).MaximumLength(120);
                RuleFor(x => x.Geburtsdatum).NotNull().WithErrorCode("required")
                    .GreaterThanOrEqualTo(new DateOnly(1900, 1, 1)).WithErrorCode("min")
                    .LessThanOrEqualTo(today).WithErrorCode("max");
            }
        }

        private sealed class AnschriftValidator : AbstractValidator<HundAnmelden.AnschriftGroup>
        {
            private static readonly Regex Hausnummer = new("^[1-9][0-9]{0,3} ?[a-zA-Z]?( ?[-/] ?[1-9][0-9]{0,3} ?[a-zA-Z]?)?$", RegexOptions.ECMAScript);

            public AnschriftValidator()
            {
                RuleFor(x => x.Strasse).Required().MaximumLength(55);
                RuleFor(x => x.Hausnummer).Required().MaximumLength(9).Matches(Hausnummer).WithErrorCode("pattern");
                RuleFor(x => x.Adresszusatz).MaximumLength(55);
                When(x => x.Land == null || x.Land == Staat.Deutschland,
                    () => RuleFor(x => x.Plz).Required().Must(p => p == null || FormatChecks.IsPostcode(p)).WithErrorCode("format"));
                When(x => x.Land != null && x.Land != Staat.Deutschland, () => RuleFor(x => x.PlzAusland).Required().MaximumLength(10));
                RuleFor(x => x.Ort).Required().MaximumLength(50);
            }
        }

        private sealed class KontaktValidator : AbstractValidator<HundAnmelden.KontaktGroup>
        {
            public KontaktValidator()
            {
                RuleFor(x => x.Email).Required().Must(e => e == null || FormatChecks.IsEmail(e)).WithErrorCode("format");
                RuleFor(x => x.Telefon).Must(t => t == null || FormatChecks.IsPhone(t)).WithErrorCode("format");
            }
        }

        private sealed class HundValidator : AbstractValidator<HundAnmelden.HundeItem>
        {
            private static readonly Regex Chipnummer = new("^[0-9]{15}$", RegexOptions.ECMAScript);

            public HundValidator(DateOnly today)
            {
                RuleFor(x => x.Name).Required().MaximumLength(40);
                RuleFor(x => x.Rasse).NotNull().WithErrorCode("required");
                When(x => x.Rasse == Hunderasse.Sonstige, () => RuleFor(x => x.RasseSonstige).Required().MaximumLength(80));
                RuleFor(x => x.Geburtsdatum).NotNull().WithErrorCode("required")
                    .GreaterThanOrEqualTo(new DateOnly(2004, 1, 1)).WithErrorCode("min")
                    .LessThanOrEqualTo(today).WithErrorCode("max");
                RuleFor(x => x.HaltungSeit).NotNull().WithErrorCode("required").LessThanOrEqualTo(today).WithErrorCode("max");
                RuleFor(x => x.Chipnummer).Required().Matches(Chipnummer).WithErrorCode("pattern");
                RuleFor(x => x.Gefaehrlich).NotNull().WithErrorCode("required");
                When(x => x.Gefaehrlich == true, () => RuleFor(x => x.Sachkundenachweis).Proof());
                When(x => x.Assistenzhund == true, () => RuleFor(x => x.NachweisAssistenzhund).Proof());
            }
        }

        private sealed class BankverbindungValidator : AbstractValidator<HundAnmelden.BankverbindungGroup>
        {
            private static readonly Regex Bic = new("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$", RegexOptions.ECMAScript);

            public BankverbindungValidator()
            {
                RuleFor(x => x.Kontoinhaber).Required().MaximumLength(70);
                RuleFor(x => x.Iban).Required().Must(i => i == null || FormatChecks.IsIban(FormatChecks.NormalizeIban(i))).WithErrorCode("iban");
                RuleFor(x => x.Bic).Length(8, 11).Matches(Bic).WithErrorCode("pattern");
                RuleFor(x => x.Kreditinstitut).MaximumLength(70);
            }
        }
    }

    /// <summary>The checks hundAnmelden repeats, as FluentValidation rule extensions.</summary>
    internal static class HundAnmeldenRules
    {
        private static readonly string[] ProofTypes = { "application/pdf", "image/jpeg", "image/png" };

        /// <summary>A text that must be given: not null and not empty (whitespace counts as an answer, as in the generated validator).</summary>
        public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
            rule.Must(v => !string.IsNullOrEmpty(v)).WithErrorCode("required");

        /// <summary>A required proof: a PDF, JPEG or PNG of at most 5120 KB.</summary>
        public static IRuleBuilderOptions<T, Attachment?> Proof<T>(this IRuleBuilder<T, Attachment?> rule) =>
            rule.NotNull().WithErrorCode("required")
                .Must(f => f == null || AttachmentChecks.Accepts(ProofTypes, f.MediaType)).WithErrorCode("accept")
                .Must(f => f == null || f.Size <= 5120L * 1024).WithErrorCode("maxSize");
    }
}
