using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Tables
{
    /// <summary>Services at one maturity level, now and as targeted.</summary>
    /// <param name="Level">The OZG maturity level.</param>
    /// <param name="Current">Services at this level now.</param>
    /// <param name="Target">Services that target this level.</param>
    public sealed record MaturityLevelCount(int Level, int Current, int Target);

    /// <summary>The maturity levels of the services, current against target.</summary>
    /// <param name="Model">The maturity model (<c>1.1</c>: levels 0–4, <c>2.0</c>: 0–7).</param>
    /// <param name="Levels">Every level of the model, lowest first, zero rows included.</param>
    /// <param name="CurrentUnknown">Services without a current level.</param>
    /// <param name="TargetUnknown">Services without a target.</param>
    /// <param name="AtTarget">Services whose current level reaches their target.</param>
    public sealed record MaturityDistribution(string Model, EquatableArray<MaturityLevelCount> Levels, int CurrentUnknown, int TargetUnknown, int AtTarget)
    {
        /// <summary>The distribution over <paramref name="forms"/> for the catalog's maturity model.</summary>
        public static MaturityDistribution Compute(IEnumerable<FormModel> forms, FactorySettings settings)
        {
            var infos = forms.Select(f => f.Factory).ToList();
            var levels = Enumerable.Range(0, settings.MaxMaturity + 1)
                .Select(l => new MaturityLevelCount(l, infos.Count(i => i?.Maturity == l), infos.Count(i => i?.MaturityTarget == l)))
                .ToEquatableArray();
            return new MaturityDistribution(settings.MaturityModel, levels,
                infos.Count(i => i?.Maturity == null), infos.Count(i => i?.MaturityTarget == null),
                infos.Count(i => i?.Maturity is { } m && i.MaturityTarget is { } t && m >= t));
        }
    }
}
