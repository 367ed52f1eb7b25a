using FormFactory.Runtime;

namespace FormFactory.Runtime.Tests
{
    /// <summary>The index part of entry paths, cached or built.</summary>
    public class ErrorPathsTests
    {
        [Theory]
        [InlineData(0, "[0]")]
        [InlineData(9, "[9]")]
        [InlineData(63, "[63]")]
        [InlineData(64, "[64]")]
        [InlineData(1234, "[1234]")]
        public void TheIndexIsInBrackets(int index, string text) => Assert.Equal(text, ErrorPaths.Index(index));

        [Fact]
        public void SmallIndexesAreNotBuiltAgain() => Assert.Same(ErrorPaths.Index(3), ErrorPaths.Index(3));
    }
}
