using System;
using System.Collections.Generic;
using System.Globalization;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Syntax;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Binding
{
    /// <summary>Reads a tenant (municipality) and resolves the services it offers.</summary>
    internal static class TenantReader
    {
        /// <param name="root">The tenant file.</param>
        /// <param name="path">Its path.</param>
        /// <param name="services">Every service id in the catalog with its relevance (also those with errors, so one broken service does not make every tenant wrong).</param>
        /// <param name="diagnostics">Where problems go.</param>
        public static TenantModel? Read(JsonObjectSyntax root, string path, IReadOnlyDictionary<string, EquatableArray<string>> services, DiagnosticBag diagnostics)
        {
            var r = new ObjectReader(root, diagnostics, new MessagePart("the tenant", "Mandant"));
            r.SchemaReference();
            var id = r.Id();
            var name = r.NonEmptyStringSyntax("name", required: true)?.Value;
            var typeSyntax = r.StringSyntax("type", required: true);
            string? type = null;
            if (typeSyntax != null)
            {
                if (FormBinder.Contains(Vocabulary.MunicipalityTypes, typeSyntax.Value)) type = typeSyntax.Value;
                else diagnostics.Report(DiagnosticDescriptors.UnknownMunicipalityType, typeSyntax.Location, typeSyntax.Value);
            }
            var ars = r.StringSyntax("ars");
            if (ars != null && !FormBinder.IsDigits(ars.Value, 12))
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, ars.Location, "ars", "must be an Amtlicher Regionalschlüssel of 12 digits");
            var contact = ReadContact(r.Object("contact"), diagnostics);
            var endpoint = r.StringSyntax("submissionEndpoint");
            if (endpoint != null && !IsHttpUrl(endpoint.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, endpoint.Location, "submissionEndpoint", "must be an absolute http:// or https:// address");
                endpoint = null;
            }
            var offersSyntax = r.StringList("offers");
            var offers = new List<string>();
            foreach (var s in offersSyntax ?? new List<JsonStringSyntax>())
            {
                if (!services.ContainsKey(s.Value))
                    diagnostics.Report(DiagnosticDescriptors.UnknownService, s.Location, s.Value, NearestName.DidYouMean(s.Value, services.Keys).Then(
                        new MessagePart("; tenants may only offer services defined in *.form.json files", "; Mandanten können nur Leistungen anbieten, die in *.form.json-Dateien beschrieben sind")));
                else if (!offers.Contains(s.Value)) offers.Add(s.Value);
            }
            if (offersSyntax == null && type != null)
            {
                var ids = new List<string>(services.Keys);
                ids.Sort(StringComparer.Ordinal);
                foreach (var serviceId in ids)
                    if (FormBinder.Contains(services[serviceId], type)) offers.Add(serviceId);
            }
            var settings = new List<TenantServiceSettings>();
            var servicesSyntax = r.Object("services");
            foreach (var p in servicesSyntax?.Properties ?? new List<JsonPropertySyntax>())
            {
                if (!services.ContainsKey(p.Name))
                {
                    diagnostics.Report(DiagnosticDescriptors.UnknownService, p.NameLocation, p.Name, NearestName.DidYouMean(p.Name, services.Keys).Then(
                        new MessagePart("; settings can only be given for defined services", "; Einstellungen gibt es nur für beschriebene Leistungen")));
                    continue;
                }
                if (p.Value is not JsonObjectSyntax o)
                {
                    diagnostics.Report(DiagnosticDescriptors.WrongValueType, p.Value.Location, "services." + p.Name, "an object", p.Value.KindName);
                    continue;
                }
                var sr = new ObjectReader(o, diagnostics, new MessagePart($"the settings for '{p.Name}'", $"Einstellungen für '{p.Name}'"));
                settings.Add(new TenantServiceSettings(p.Name, sr.Text("fees"), ReadContact(sr.Object("contact"), diagnostics), sr.Text("hint"))
                {
                    RetentionDays = ReadRetention(sr, diagnostics),
                });
                sr.ReportUnknown();
            }
            var retention = ReadRetention(r, diagnostics);
            r.ReportUnknown();
            if (id == null || name == null || type == null) return null;
            return new TenantModel(id.Value, path, name, type, ars?.Value, contact, endpoint?.Value, offers.ToEquatableArray(), offersSyntax != null, settings.ToEquatableArray())
            {
                RetentionDays = retention,
            };
        }

        private static Contact? ReadContact(JsonObjectSyntax? syntax, DiagnosticBag diagnostics)
        {
            if (syntax == null) return null;
            var r = new ObjectReader(syntax, diagnostics, new MessagePart("'contact'", "'contact'"));
            var email = r.StringSyntax("email");
            if (email != null && !FormatChecks.IsEmail(email.Value))
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, email.Location, "email", "is not an e-mail address");
            var phone = r.StringSyntax("phone");
            if (phone != null && !FormatChecks.IsPhone(phone.Value))
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, phone.Location, "phone", "is not a telephone number");
            var contact = new Contact(r.String("name"), email?.Value, phone?.Value, r.String("address"));
            r.ReportUnknown();
            return contact;
        }

        // Ten years at most: longer is never a retention period but a mistake (a date, milliseconds).
        private static int? ReadRetention(ObjectReader r, DiagnosticBag diagnostics)
        {
            var v = r.Take("retentionDays");
            if (v == null) return null;
            if (v is JsonNumberSyntax n && int.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int days) && days >= 1 && days <= 3650) return days;
            diagnostics.Report(DiagnosticDescriptors.InvalidRetention, v.Location, v is JsonNumberSyntax number ? number.Text : v.KindName);
            return null;
        }

        private static bool IsHttpUrl(string value) =>
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http") && uri.Host.Length > 0;
    }
}
