using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic.Tests
{
    public class SplitMix64Tests
    {
        [Fact]
        public void MatchesTheReferenceSequence()
        {
            // The first outputs of SplitMix64 from state 0, as the reference implementation (Vigna) gives them.
            var rng = new SplitMix64(0);
            Assert.Equal(0xE220A8397B1DCDAFUL, rng.Next());
            Assert.Equal(0x6E789E6AA1B965F4UL, rng.Next());
            Assert.Equal(0x06C45D188009454FUL, rng.Next());
        }

        [Fact]
        public void StreamsDependOnSeedStreamAndIndexOnly()
        {
            Assert.Equal(SplitMix64.For(7, "service", 3).Next(), SplitMix64.For(7, "service", 3).Next());
            Assert.NotEqual(SplitMix64.For(7, "service", 3).Next(), SplitMix64.For(7, "service", 4).Next());
            Assert.NotEqual(SplitMix64.For(7, "service", 3).Next(), SplitMix64.For(8, "service", 3).Next());
            Assert.NotEqual(SplitMix64.For(7, "service", 3).Next(), SplitMix64.For(7, "tenant", 3).Next());
        }

        [Fact]
        public void BelowStaysInRange()
        {
            var rng = new SplitMix64(99);
            for (int i = 0; i < 10_000; i++) Assert.InRange(rng.Below(7), 0, 6);
        }
    }
}
