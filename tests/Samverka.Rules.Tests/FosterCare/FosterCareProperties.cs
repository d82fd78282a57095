using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class FosterCareProperties
{
    private static readonly DateOnly Origin = Day("2024-01-01");
    private static readonly string[] Members = ["Borås", "Mark", "Vara"];

    // Placements over about three years: start 0..1 000 days from 2024-01-01, 0..400 days long or open-ended.
    private static readonly Gen<Placement[]> Placements =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1000], Gen.Int[0, 400], Gen.Bool).Array[0, 8]
            .Select(rows => rows.Select((r, i) => new Placement($"P{i}", Members[r.Item1], $"H{i % 3}", $"barn-{i}",
                Origin.AddDays(r.Item2), r.Item4 ? null : Origin.AddDays(r.Item2 + r.Item3), LegalBasis.SoL)).ToArray());

    [Fact]
    public void PlacementDays_OverAdjacentPeriods_AddUpToTheJoinedPeriod() =>
        Gen.Select(Placements, Gen.Int[0, 1200], Gen.Int[0, 1200], Gen.Int[0, 1200]).Sample((placements, a, b, c) =>
        {
            int[] cuts = [a, b, c];
            Array.Sort(cuts);
            var first = new DateRange(Origin.AddDays(cuts[0]), Origin.AddDays(cuts[1]));
            var second = new DateRange(Origin.AddDays(cuts[1] + 1), Origin.AddDays(cuts[2] + 1));
            var joined = new DateRange(first.Start, second.End);
            var d1 = UsageMetering.PlacementDays(first, placements);
            var d2 = UsageMetering.PlacementDays(second, placements);
            var all = UsageMetering.PlacementDays(joined, placements);
            foreach (var m in Members)
                Assert.Equal(all.GetValueOrDefault(m), d1.GetValueOrDefault(m) + d2.GetValueOrDefault(m));
        }, iter: 1000);

    [Fact]
    public void Metering_NeverCountsADayOutsideAPlacement() =>
        Gen.Select(Placements, Gen.Int[0, 1100], Gen.Int[0, 120]).Sample((placements, offset, length) =>
        {
            var period = new DateRange(Origin.AddDays(offset), Origin.AddDays(offset + length));
            foreach (var usage in UsageMetering.Measure(period, placements, []))
            {
                foreach (var part in usage.Placements)
                {
                    var placement = placements.Single(p => p.Id == part.PlacementId);
                    Assert.Equal(usage.MemberId, placement.MemberId);
                    Assert.True(placement.Days.Contains(part.Days.Start) && placement.Days.Contains(part.Days.End), $"{part.Days} outside {placement.Days}");
                    Assert.True(period.Contains(part.Days.Start) && period.Contains(part.Days.End), $"{part.Days} outside {period}");
                }
                // Day by day: the member's days are exactly the (day, placement) pairs of the period.
                var expected = 0;
                for (var day = period.Start; day <= period.End; day = day.AddDays(1))
                    expected += placements.Count(p => p.MemberId == usage.MemberId && p.Days.Contains(day));
                Assert.Equal(expected, usage.PlacementDays);
            }
        }, iter: 500);

    // Homes with random ages, siblings, languages, needs, places, municipality, type and approval day (2025-04-01 + 0..300 days).
    private static readonly Gen<FosterHome[]> Homes =
        Gen.Select(Gen.Int[0, 10], Gen.Int[0, 8], Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[0, 2], Gen.Int[0, 7], Gen.Int[0, 2], Gen.Int[0, 300])
            .Array[1, 12]
            .Select(rows => rows.Select((r, i) =>
            {
                var (min, span, group, places, municipality, tags, type, approved) = r;
                var capacity = new HomeCapacity(min, min + span, group > 1, group,
                    (tags & 1) != 0 ? ["svenska", "arabiska"] : ["svenska"],
                    [.. (tags & 2) != 0 ? new[] { "trauma" } : [], .. (tags & 4) != 0 ? new[] { "adhd" } : []]);
                var history = ApprovedHistory(Day("2025-04-01").AddDays(approved).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                return new FosterHome($"H{i:D2}", (HomeType)type, Members[municipality], places, capacity, history);
            }).ToArray());

    [Fact]
    public void Ranking_DoesNotDependOnTheOrderOfHomes() =>
        Gen.Select(Homes, Gen.Int[0, 1], Gen.Int[0, 2], Gen.Int[0, 1_000_000], Gen.Int[0, 4]).Sample((homes, siblings, member, seed, placedCount) =>
        {
            var request = new MatchRequest(Members[member], Day("2017-06-15"), siblings, ["arabiska"], ["trauma", "adhd"],
                seed % 2 == 0 ? Urgency.Emergency : Urgency.Planned, Day("2026-03-01"), HomeType.FamilyHome);
            var placements = homes.Take(placedCount).Select((h, i) => Placed($"P{i}", "Mark", h.Id, "2025-09-01", null, $"barn-{i}")).ToArray();
            FosterHome[] shuffled = [.. homes.Select((h, i) => (h, k: new Random(seed + i).Next())).OrderBy(x => x.k).Select(x => x.h)];

            var a = Matching.Match(request, homes, placements);
            var b = Matching.Match(request, shuffled, placements.Reverse().ToArray());
            Assert.Equal(a.Ranked.Select(r => (r.Home.Id, r.Score, r.Explanation)), b.Ranked.Select(r => (r.Home.Id, r.Score, r.Explanation)));
            Assert.Equal(a.Excluded.Select(e => (e.Home.Id, e.Explanation)), b.Excluded.Select(e => (e.Home.Id, e.Explanation)));
            Assert.Equal(homes.Length, a.Ranked.Count + a.Excluded.Count);
            Assert.True(a.Ranked.Zip(a.Ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score), "ranked best first");
        }, iter: 500);
}
