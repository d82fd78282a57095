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
}
