using System;
using System.Globalization;
using FormFactory.Synthetic.Json;

namespace FormFactory.Synthetic.Parts
{
    /// <summary><c>factory.json</c>: a target that the history reaches in good weeks only, and the start.</summary>
    internal static class FactorySettings
    {
        public static byte[] Write(SynthOptions options)
        {
            using var o = new JsonOut();
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("$schema", "schema/factory.schema.json");
            w.WriteString("name", "Synthetische Digitalisierungsfabrik (" + options.Services.ToString(CultureInfo.InvariantCulture) + " Leistungen, Startwert "
                + options.Seed.ToString(CultureInfo.InvariantCulture) + ")");
            // About two thirds of the services are done after three years; the target asks for a little more.
            w.WriteNumber("targetPerWeek", Math.Max(1m, Math.Round(options.Services * 0.8m / SynthOptions.HistoryWeeks, 1)));
            w.WriteString("start", options.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            o.Strings("languages", "de", "en");
            w.WriteString("maturityModel", "1.1");
            w.WriteEndObject();
            return o.ToBytes();
        }
    }
}
