using System.Collections.Generic;
using System.Linq;
using FormFactory.Synthetic.Json;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic.Parts
{
    /// <summary>
    /// Tenant files. Most tenants offer every service relevant for their type (no <c>offers</c>); about a third of
    /// the towns and municipalities list what they offer (at most 400 services), and some services get local fees and hints.
    /// </summary>
    internal static class Tenants
    {
        public const int MaxOffers = 400;

        public static byte[] Write(CatalogPlan plan, TenantHeader t)
        {
            var rng = SplitMix64.For(plan.Options.Seed, "tenant", t.Index);
            using var o = new JsonOut();
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("$schema", "../schema/tenant.schema.json");
            w.WriteString("id", t.Id);
            w.WriteString("name", t.Name);
            w.WriteString("type", t.Type);
            w.WriteString("ars", t.Ars);
            w.WriteStartObject("contact");
            w.WriteString("name", t.Type is "gemeinde" or "kreisangehoerige-stadt" or "kreisfreie-stadt" ? "Bürgerbüro" : "Servicestelle");
            w.WriteString("email", "service@" + t.Id.ToLowerInvariant() + ".example.org");
            w.WriteString("phone", "+49 " + rng.Between(2000, 9999) + " " + rng.Between(10000, 99999));
            w.WriteString("address", "Rathausplatz " + rng.Between(1, 20) + ", " + rng.Between(10000, 99999) + " " + Place(t.Name));
            w.WriteEndObject();
            w.WriteString("submissionEndpoint", "https://example.org/formfactory/" + t.Id + "/submissions");
            var relevant = plan.Services.Where(s => s.Relevance.Contains(t.Type)).ToList();
            List<ServiceHeader> offered = relevant;
            if (t.Type is "gemeinde" or "kreisangehoerige-stadt" && rng.Percent(33) && relevant.Count > 0)
            {
                offered = relevant.Where(_ => rng.Percent(60)).Take(MaxOffers).ToList();
                w.WriteStartArray("offers");
                foreach (var s in offered) w.WriteStringValue(s.Id);
                w.WriteEndArray();
            }
            var local = offered.Where(_ => rng.Percent(3)).Take(50).ToList();
            if (local.Count > 0)
            {
                w.WriteStartObject("services");
                foreach (var s in local)
                {
                    w.WriteStartObject(s.Id);
                    o.Text("fees", "Gebühr " + rng.Between(5, 120) + " €", "Fee €" + rng.Between(5, 120));
                    if (rng.Percent(50)) o.Text("hint", "Bitte halten Sie Ihren Personalausweis bereit.", "Please have your identity card ready.");
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            return o.ToBytes();
        }

        private static string Place(string name)
        {
            var i = name.LastIndexOf(' ');
            return name.EndsWith("(kreisfrei)") ? name.Substring(6, name.Length - 6 - 12) : i < 0 ? name : name.Substring(i + 1);
        }
    }
}
