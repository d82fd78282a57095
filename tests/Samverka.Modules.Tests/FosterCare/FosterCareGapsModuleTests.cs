using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Modules.Identity;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.Tests.FosterCare;

/// <summary>The inputs of an invoiced period's keys stay as invoiced, and entered usage keeps its measure (a real SQLite
/// file with the demo data of Familjehem Mitt).</summary>
public class FosterCareGapsModuleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(DateTime.UtcNow));

    private static string Year => Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<Actor> StaffAsync(TestDatabase db) => db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff);

    private static async Task<Guid> HomeAsync(TestDatabase db, string code) => await db.Db.Set<FosterHomeRecord>().Where(h => h.Code == code).Select(h => h.Id).SingleAsync(Ct);

    private static LogSupport.Request Support(DateOnly day, decimal hours) => new(day, SupportKind.HomeVisit, hours, "Kim Handledare", "", "", null);

    private static Task SetWeightsAsync(TestDatabase db, Actor staff, DateOnly from, UsageMeasure measure) =>
        db.Get<SetCostWeights>().HandleAsync(new SetCostWeights.Request(from, 0.4m, 0.6m, "Direktionen", from.AddDays(-20), $"FM {from:yyyy} § 1", null, measure), staff, Ct);

    [Fact]
    public async Task LogSupport_InAPeriodInvoicedOnSupportHours_IsRefusedNamingTheInvoice_NothingWritten_UntilCredited()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var home = await HomeAsync(db, "FH-001"); // Kramfors' child from 1 February (demo data)
        var year = Today.Year;
        await SetWeightsAsync(db, staff, new DateOnly(year, 1, 1), UsageMeasure.SupportHours);
        await db.Get<LogSupport>().HandleAsync(home, Support(new DateOnly(year, 2, 2), 3m), staff, Ct);
        var ids = await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(Year, CostBasis.Budget, new DateOnly(year, 1, 15)), staff, Ct);
        var first = await db.FreshContext().Set<CostInvoiceRecord>().Where(i => ids.Contains(i.Id)).Select(i => i.Number).OrderBy(n => n).FirstAsync(Ct);
        var before = await db.FreshContext().Set<SupportLogEntryRecord>().CountAsync(Ct);

        var refused = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<LogSupport>().HandleAsync(home, Support(new DateOnly(year, 2, 3), 1.5m), staff, Ct));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("support", "Date"), (problem.Source, problem.Field));
        Assert.Equal($"support dated {year}-02-03 falls in {Year}, invoiced (invoice {first}) with support hours as its usage measure; its hours cannot change: credit the period's invoices first",
            problem.Message);
        Assert.Equal(before, await db.FreshContext().Set<SupportLogEntryRecord>().CountAsync(Ct));
        // The invoiced split is still the one invoiced: Kramfors' 3 hours are all the usage.
        var split = await db.Get<GetCostSplit>().HandleAsync(staff, Year, CostBasis.Budget, Ct);
        Assert.Equal(3m, split.Shares.Sum(s => s.Usage));

        // The year before is not invoiced: support then is logged.
        Assert.NotNull(await db.Get<LogSupport>().HandleAsync(home, Support(new DateOnly(year - 1, 12, 30), 1m), staff, Ct));

        // Credited in full, the period is open again and so are its hours.
        foreach (var id in ids) await db.Get<IssueCreditNote>().HandleAsync(id, new IssueCreditNote.Request("Rättat nyttjande", null), staff, Ct);
        Assert.NotNull(await db.Get<LogSupport>().HandleAsync(home, Support(new DateOnly(year, 2, 3), 1.5m), staff, Ct));
        Assert.Equal(3m + 1.5m, (await db.Get<GetCostSplit>().HandleAsync(staff, Year, CostBasis.Budget, Ct)).Shares.Sum(s => s.Usage));
    }

    [Fact]
    public async Task LogSupport_InAPeriodInvoicedOnPlacementDays_IsLogged_TheHoursAreNotItsUsage()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var year = Today.Year;
        await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(Year, CostBasis.Budget, new DateOnly(year, 1, 15)), staff, Ct); // demo weights: placement days
        Assert.NotNull(await db.Get<LogSupport>().HandleAsync(await HomeAsync(db, "FH-001"), Support(new DateOnly(year, 2, 3), 2m), staff, Ct));
    }

    [Fact]
    public async Task EnteredUsage_KeepsItsMeasure_AndASplitInAnotherMeasureIsRefusedNamingTheMemberAndBoth_UntilEnteredAgain()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var next = Today.Year + 1; // a period nobody has touched: no costs, keys or invoices in the demo data
        var period = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var unit = (await db.Get<FosterCareAccess>().StaffUnitAsync(staff, null, Ct)).UnitId;
        var members = await db.Get<FosterCareAccess>().MembersAsync(unit, Ct);
        var ange = members.Single(m => m.Name == "Ånge kommun").Id;
        await db.Get<SetUnitCost>().HandleAsync(new SetUnitCost.Request(period, CostBasis.Budget, "Personal", 1_200_000m), staff, Ct);
        // Entered while the demo weights (placement days) are in force: 100 placement days.
        foreach (var m in members)
            await db.Get<SetMemberKeys>().HandleAsync(new SetMemberKeys.Request(period, m.Id, 10_000m, m.Id == ange ? 100m : null), staff, Ct);
        Assert.Equal((100m, UsageMeasure.PlacementDays),
            await db.FreshContext().Set<MemberKeysRecord>().Where(k => k.MemberId == ange && k.Period == period).Select(k => new ValueTuple<decimal, UsageMeasure>(k.EnteredUsage!.Value, k.EnteredUsageMeasure)).SingleAsync(Ct));

        // The board changes the measure from the period's start: 100 placement days are not 100 support hours.
        await SetWeightsAsync(db, staff, new DateOnly(next, 1, 1), UsageMeasure.SupportHours);
        const string mismatch = "Ånge kommun: usage entered in placement days (100), but the weights in force measure support hours; enter it again in support hours or remove it";
        var split = await db.Get<GetCostSplit>().HandleAsync(staff, period, CostBasis.Budget, Ct);
        Assert.Equal([mismatch], split.Problems);
        Assert.Empty(split.Shares);
        var invoicing = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(period, CostBasis.Budget, null), staff, Ct));
        Assert.Contains(invoicing.Problems, p => p.Message == mismatch);

        // Entering it in a measure other than the one in force is refused on the field; nothing is written.
        var wrong = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetMemberKeys>().HandleAsync(
            new SetMemberKeys.Request(period, ange, 10_000m, 100m, UsageMeasure.PlacementDays), staff, Ct));
        Assert.Equal(("EnteredUsageMeasure", $"the weights in force on {period}-01-01 measure support hours, not placement days; enter the usage in support hours"),
            (Assert.Single(wrong.Problems).Field, wrong.Problems[0].Message));

        // Entered again (in the measure in force): Ånge's 100 hours are the whole usage key (nobody has support hours next year).
        await db.Get<SetMemberKeys>().HandleAsync(new SetMemberKeys.Request(period, ange, 10_000m, 100m), staff, Ct);
        split = await db.Get<GetCostSplit>().HandleAsync(staff, period, CostBasis.Budget, Ct);
        Assert.Empty(split.Problems);
        var share = split.Shares.Single(s => s.MemberId == ange);
        Assert.Equal((100m, true, "Nyttjande inmatat av enheten: 100 stödtimmar"), (share.Usage, share.UsageEntered, share.UsageExplanation));
        Assert.Equal(1_200_000m * 0.6m * 100m / 100m, share.UsagePart);
        Assert.Equal(1_200_000m * 0.4m * 10_000m / (6 * 10_000m), share.SizePart);
        Assert.Equal(1_200_000m * 0.6m + 1_200_000m * 0.4m / 6, share.Amount);
        Assert.Equal(1_200_000.00m, split.Shares.Sum(s => s.Amount));
    }
}
