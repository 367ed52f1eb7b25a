using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// What a valid catalog will not build, said in <c>validate</c>, <c>build</c> and the scaffold's next step: a
    /// service no tenant offers gets no package, and a service without a language's title gets no page in that
    /// language. Neither is a mistake in a file, so these are notes, not diagnostics.
    /// </summary>
    public static class CatalogNotes
    {
        /// <summary>How many services a note names before it counts the rest.</summary>
        public const int NamedServices = 5;

        /// <summary>The notes for <paramref name="catalog"/>, or for its service <paramref name="serviceId"/> only.</summary>
        public static IReadOnlyList<MessagePart> For(Catalog catalog, string? serviceId = null)
        {
            var notes = new List<MessagePart>();
            var forms = catalog.Forms.Where(f => serviceId == null || f.Id == serviceId).ToList();
            if (forms.Count == 0) return notes;
            var offered = new HashSet<string>(catalog.Tenants.SelectMany(t => t.Offers));
            if (catalog.Tenants.Count == 0)
                notes.Add(new MessagePart(
                    "Note: the catalog has no tenants (tenants/*.tenant.json). A package is rendered for each service a tenant offers; add a tenant to build packages.",
                    "Hinweis: Der Katalog hat keine Mandanten (tenants/*.tenant.json). Ein Paket entsteht für jede Leistung, die ein Mandant anbietet; legen Sie einen Mandanten an, um Pakete zu bauen."));
            else if (serviceId == null && offered.Count == 0)
                notes.Add(new MessagePart(
                    "Note: no tenant offers any service. A tenant offers the services in its \"offers\" list, or without one every service whose \"relevance\" contains the tenant's \"type\".",
                    "Hinweis: Kein Mandant bietet eine Leistung an. Ein Mandant bietet die Leistungen seiner Liste \"offers\" an, ohne sie jede Leistung, deren \"relevance\" seinen \"type\" enthält."));
            else
            {
                var notOffered = forms.Where(f => !offered.Contains(f.Id)).Select(f => f.Id).ToList();
                if (notOffered.Count > 0)
                {
                    string names = Names(notOffered, "and", "more"), namen = Names(notOffered, "und", "weitere");
                    bool one = notOffered.Count == 1;
                    notes.Add(new MessagePart(
                        $"Note: no tenant offers {names}, so {(one ? "it gets" : "they get")} no package. Add {(one ? "it" : "them")} to a tenant's \"offers\" list (tenants/ID.tenant.json); a tenant without that list offers every service whose \"relevance\" contains its \"type\".",
                        $"Hinweis: Kein Mandant bietet {namen} an, daher {(one ? "entsteht dafür" : "entstehen dafür")} kein Paket. Tragen Sie {(one ? "die Leistung" : "die Leistungen")} in die Liste \"offers\" eines Mandanten ein (tenants/ID.tenant.json); ein Mandant ohne diese Liste bietet jede Leistung an, deren \"relevance\" seinen \"type\" enthält."));
                }
            }
            foreach (var language in FactorySettings.PageLanguages.Where(l => l != "de" && catalog.Settings.Publishes(l)))
            {
                var without = forms.Where(f => !FactorySettings.FormPageLanguages(f, catalog.Settings).Contains(language)).Select(f => f.Id).ToList();
                if (without.Count == 0) continue;
                bool one = without.Count == 1;
                notes.Add(new MessagePart(
                    $"Note: {Names(without, "and", "more")} {(one ? "has" : "have")} no '{language}' title, so {(one ? "it gets" : "they get")} no '{language}' page; give the \"title\" and the other texts a \"{language}\" translation.",
                    $"Hinweis: {Names(without, "und", "weitere")} {(one ? "hat" : "haben")} keinen Titel in '{language}' und daher keine Seite in '{language}'; ergänzen Sie \"{language}\" in \"title\" und den anderen Texten."));
            }
            return notes;
        }

        /// <summary>"'a', 'b' and 'c'", or the first few and how many more.</summary>
        private static string Names(IReadOnlyList<string> ids, string and, string more)
        {
            var quoted = ids.Take(NamedServices).Select(i => "'" + i + "'").ToList();
            if (ids.Count > NamedServices) return string.Join(", ", quoted) + $" {and} {ids.Count - NamedServices} {more}";
            return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + $" {and} " + quoted[^1];
        }
    }
}
