using CsCheck;
using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class ExactAllocationTests
{
    // Totals in whole öre up to 10 billion kronor; weights with up to three decimals (population, days, hours).
    private static readonly Gen<decimal> Totals = Gen.Long[0L, 1_000_000_000_000L].Select(ore => ore / 100m);
    private static readonly Gen<decimal> Weights = Gen.OneOf(
        Gen.Int[0, 1_000_000_000].Select(w => w / 1000m),
        Gen.Int[0, 5].Select(w => (decimal)w)); // small integers make ties and zero weights common
    private static readonly Gen<decimal[]> WeightLists = Weights.Array[1, 30];

    private static string[] Keys(int n) => Enumerable.Range(0, n).Select(i => $"m{i:D3}").ToArray();

    private static decimal[] Amounts(AllocatedShare[] shares) => shares.Select(s => s.Amount).ToArray();

    [Fact]
    public void ByWeights_SpecExample_FirstKeyGetsTheLeftoverOre() =>
        // 100.00 / 3 = 33.333...: each rounds down to 33.33, leaving 0.01; the fractions tie, so the
        // lowest key ("a", ordinal) gets it.
        Assert.Equal([33.34m, 33.33m, 33.33m], Amounts(ExactAllocation.ByWeights(100.00m, [1m, 1m, 1m], ["a", "b", "c"])));

    [Fact]
    public void ByWeights_SpecExampleInOtherOrder_StillGivesTheOreToKeyA() =>
        Assert.Equal([33.33m, 33.33m, 33.34m], Amounts(ExactAllocation.ByWeights(100.00m, [1m, 1m, 1m], ["c", "b", "a"])));

    [Theory]
    [InlineData("100.00", "1,1,1", "33.34,33.33,33.33" /* 3 x 33.33 = 99.99, 1 öre to the lowest key */)]
    [InlineData("0.02", "1,1,1", "0.01,0.01,0.00" /* 0.00666 each: 2 öre left, to the two lowest keys */)]
    [InlineData("10.00", "0,0", "5.00,5.00" /* every weight zero: split equally */)]
    [InlineData("10.00", "0,3", "0.00,10.00" /* a zero weight gets nothing */)]
    [InlineData("0.10", "6,6,2", "0.04,0.04,0.02" /* 4.29, 4.29, 1.43 öre: 1 öre left, to the largest fraction .43 */)]
    [InlineData("0.11", "6,6,2", "0.05,0.05,0.01" /* 4.71, 4.71, 1.57 öre: 2 öre left, to .714 and .714 */)]
    [InlineData("8400000.00", "0.5,0.3,0.2", "4200000.00,2520000.00,1680000.00" /* exact: nothing to round */)]
    [InlineData("1000.00", "1", "1000.00" /* one party takes all */)]
    [InlineData("0.00", "1,2", "0.00,0.00")]
    public void ByWeights_Table_SplitsByLargestRemainder(string total, string weights, string expected) =>
        Assert.Equal(Decs(expected), Amounts(ExactAllocation.ByWeights(Dec(total), Decs(weights), Keys(Decs(weights).Length))));

    [Fact]
    public void ByWeights_RaisingTheTotal_CanLowerAShare()
    {
        // The "Alabama paradox" of largest remainder, documented rather than hidden: the last party gets
        // 0.02 of 0.10 but 0.01 of 0.11 (the two rows above). Raising one party's *weight* never lowers its
        // amount (see the property below); raising the *total* can.
        var ten = Amounts(ExactAllocation.ByWeights(0.10m, [6m, 6m, 2m], Keys(3)));
        var eleven = Amounts(ExactAllocation.ByWeights(0.11m, [6m, 6m, 2m], Keys(3)));
        Assert.True(eleven[2] < ten[2]);
    }

    [Fact]
    public void ByWeights_AnyWeightsAndTotal_SumsExactlyToTheTotal() =>
        Gen.Select(Totals, WeightLists).Sample((total, weights) =>
            Assert.Equal(total, ExactAllocation.ByWeights(total, weights, Keys(weights.Length)).Sum(s => s.Amount)));

    [Fact]
    public void ByWeights_AnyWeightsAndTotal_EachAmountIsWithinAnOreOfItsExactShare() =>
        Gen.Select(Totals, WeightLists).Sample((total, weights) =>
        {
            var sum = weights.Sum();
            var shares = ExactAllocation.ByWeights(total, weights, Keys(weights.Length));
            for (var i = 0; i < weights.Length; i++)
            {
                var exact = sum == 0 ? total / weights.Length : total * weights[i] / sum;
                Assert.True(Math.Abs(shares[i].Amount - exact) < 0.01m, $"party {i}: {shares[i].Amount} vs exact {exact}");
                Assert.True(shares[i].Amount >= 0);
                Assert.True(shares[i].Amount == Math.Round(shares[i].Amount, 2));
                Assert.Contains(shares[i].RoundingOre, new[] { 0m, 0.01m });
            }
        });

    [Fact]
    public void ByWeights_InputInAnotherOrder_GivesEachKeyTheSameAmount() =>
        // With distinct keys ties are broken by key, so the order of the input never matters.
        Gen.Select(Totals, WeightLists, Gen.Int.Array[30]).Sample((total, weights, sortKeys) =>
        {
            var keys = Keys(weights.Length);
            var original = ExactAllocation.ByWeights(total, weights, keys);
            var order = Enumerable.Range(0, weights.Length).OrderBy(i => sortKeys[i]).ThenBy(i => i).ToArray();
            var permuted = ExactAllocation.ByWeights(total, order.Select(i => weights[i]).ToArray(), order.Select(i => keys[i]).ToArray());
            for (var j = 0; j < order.Length; j++)
                Assert.Equal(original[order[j]].Amount, permuted[j].Amount);
        });

    [Fact]
    public void ByWeights_DuplicateKeysWithTiedFractions_EarlierInputWins()
    {
        // The one case where order matters: equal keys cannot break a tie, so input order does.
        Assert.Equal([0.34m, 0.33m, 0.33m], Amounts(ExactAllocation.ByWeights(1.00m, [1m, 1m, 1m], ["x", "x", "x"])));
    }

    [Fact]
    public void ByWeights_RaisingOnePartysWeight_NeverLowersItsAmount() =>
        // Holds for largest remainder with a fixed total: the raised party's fraction grows while every other
        // party's share shrinks, and each other party whose fraction jumps up (by dropping an öre) also adds an
        // öre to hand out, so the raised party keeps its rank among those that get one.
        Gen.Select(Totals, WeightLists, Gen.Int[0, 29], Gen.Int[1, 1_000_000_000]).Sample((total, weights, who, raise) =>
        {
            var i = who % weights.Length;
            var keys = Keys(weights.Length);
            var before = ExactAllocation.ByWeights(total, weights, keys)[i].Amount;
            var raised = (decimal[])weights.Clone();
            raised[i] += raise / 1000m;
            var after = ExactAllocation.ByWeights(total, raised, keys)[i].Amount;
            Assert.True(after >= before, $"party {i}: {before} -> {after}");
        });

    [Theory]
    [InlineData("-1.00", "1")]
    [InlineData("1.001", "1" /* more than two decimals */)]
    public void ByWeights_BadTotal_Throws(string total, string weights) =>
        Assert.ThrowsAny<ArgumentException>(() => ExactAllocation.ByWeights(Dec(total), Decs(weights), Keys(Decs(weights).Length)));

    [Fact]
    public void ByWeights_NegativeWeight_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactAllocation.ByWeights(10m, [1m, -1m], ["a", "b"]));

    [Fact]
    public void ByWeights_KeyCountDiffers_Throws() =>
        Assert.Throws<ArgumentException>(() => ExactAllocation.ByWeights(10m, [1m, 1m], ["a"]));

    [Fact]
    public void ByWeights_NoPartiesAndZeroTotal_IsEmpty() =>
        Assert.Empty(ExactAllocation.ByWeights(0m, [], []));

    [Fact]
    public void ByWeights_NoPartiesAndATotal_Throws() =>
        Assert.Throws<ArgumentException>(() => ExactAllocation.ByWeights(1m, [], []));

    [Fact]
    public void ByExactShares_TiedFractions_LowerKeyGetsTheOre()
    {
        // 10.005 and 9.995 both drop 0.005; the öre left goes to "a".
        var shares = ExactAllocation.ByExactShares(20.00m, [9.995m, 10.005m], ["b", "a"]);
        Assert.Equal([9.99m, 10.01m], Amounts(shares));
        Assert.Equal(new AllocatedShare(10.005m, 10.00m, 0.01m), shares[1]);
    }

    [Fact]
    public void ByExactShares_LargestFraction_GetsTheOreFirst()
    {
        // Fractions 0.009, 0.001, 0.000 öre-parts: one öre left, to the first.
        var shares = ExactAllocation.ByExactShares(3.00m, [1.009m, 1.001m, 0.990m], ["c", "a", "b"]);
        Assert.Equal([1.01m, 1.00m, 0.99m], Amounts(shares));
    }

    [Fact]
    public void ByExactShares_NegativeShare_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactAllocation.ByExactShares(1m, [2m, -1m], ["a", "b"]));

    [Fact]
    public void ByExactShares_SharesFarFromTheTotal_Throws()
    {
        // 2.50 + 2.50 = 5.00, not 10.00: the shares do not describe the total.
        var e = Assert.Throws<ArgumentException>(() => ExactAllocation.ByExactShares(10m, [2.5m, 2.5m], ["a", "b"]));
        Assert.Contains("not to the total", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByExactShares_SharesOneOreShortOfTheTotal_Throws()
    {
        // 10 + 10 = 20.00; the öre missing from 20.01 must not be handed out silently.
        Assert.Throws<ArgumentException>(() => ExactAllocation.ByExactShares(20.01m, [10m, 10m], ["a", "b"]));
    }
}
