using System;
using System.Collections.Generic;

namespace FormFactory.Factory.Html.Charts
{
    /// <summary>A value axis from zero to a round maximum, with round tick steps (1, 2 or 5 times a power of ten).</summary>
    public sealed class ChartScale
    {
        private ChartScale(decimal max, decimal step)
        {
            Max = max;
            Step = step;
        }

        /// <summary>The axis' top value.</summary>
        public decimal Max { get; }

        /// <summary>The distance between ticks.</summary>
        public decimal Step { get; }

        /// <summary>The ticks from 0 to <see cref="Max"/>.</summary>
        public IEnumerable<decimal> Ticks
        {
            get
            {
                for (decimal v = 0; v <= Max; v += Step) yield return v;
            }
        }

        /// <summary>A scale that shows values up to <paramref name="highest"/> with at most <paramref name="maxTicks"/> steps; whole steps only.</summary>
        public static ChartScale For(decimal highest, int maxTicks = 5)
        {
            if (highest <= 0) return new ChartScale(1, 1);
            decimal magnitude = 1;
            while (highest / magnitude > 10) magnitude *= 10;
            foreach (var m in new[] { magnitude / 10, magnitude, magnitude * 10 })
                foreach (var f in new[] { 1m, 2m, 5m })
                {
                    var step = Math.Max(1, m * f);
                    var max = Math.Ceiling(highest / step) * step;
                    if (max / step <= maxTicks) return new ChartScale(max, step);
                }
            return new ChartScale(Math.Ceiling(highest), Math.Ceiling(highest));
        }
    }
}
