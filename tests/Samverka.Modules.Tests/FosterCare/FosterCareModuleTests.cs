using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.FosterCare;
using Samverka.Modules.Identity;
using Samverka.Modules.Tests.Invoicing;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.Tests.FosterCare;

/// <summary>The foster-care module's use cases on the demo data of Familjehem Mitt (a real SQLite file).</summary>
public class FosterCareModuleTests
{
    private const string Kramfors = "212000-2635";
    private const string Timra = "212000-2403";
    private const string Ange = "212000-2387";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Actor> StaffAsync(TestDatabase db) => db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff);

    /// <summary>A valid personnummer for a birth date: serial 000 and its Luhn check digit.</summary>
    private static string ChildNumber(DateOnly birth)
    {
        var nine = $"{birth:yyMMdd}000";
        return $"{birth:yyyyMMdd}-000{Luhn.CheckDigit(nine)}";
    }

    private static DateOnly Today => DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(DateTime.UtcNow));

    // ---- Member agreements -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Agreements_ForStaff_ShowEveryMemberWithBoundUntilAndDeadlines()
    {
        await using var db = await TestDatabase.CreateAsync();
        var start = new DateOnly(Today.Year - 2, 1, 1);
        var result = await db.Get<ListAgreements>().HandleAsync(await StaffAsync(db), start.AddYears(1), Ct);
        Assert.Equal(6, result.Items.Count);
        var a = result.Items.Single(i => i.MemberName == "Kramfors kommun");
        Assert.Equal(start.AddYears(5).AddDays(-1), a.BoundUntil);                           // E_0 = start + 5 years - 1 day
        Assert.Equal(start.AddYears(5).AddDays(-1).AddMonths(-12), a.Deadlines[0].LastNoticeDay); // E_0 - 12 months (no month-end clamping)
        Assert.Equal(start.AddYears(5).AddDays(-1), a.EndIfNoticeOn);                         // notice on start + 1 year: earliest end start + 2 years <= E_0
    }

    [Fact]
    public async Task Agreements_ForAMember_ShowOnlyItsOwn_AndForAnOutsiderNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var own = await db.Get<ListAgreements>().HandleAsync(await db.ActorAsync(Timra, Roles.GrantOfficer), null, Ct);
        Assert.Equal(["Timrå kommun"], own.Items.Select(i => i.MemberName));
        var outsider = await db.Get<ListAgreements>().HandleAsync(await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer), null, Ct);
        Assert.Empty(outsider.Items);
    }

    [Theory]
    // notice day relative to the start (years, months), and the end relative to the start: term 5, renewal 5, notice 12 months
    [InlineData(0, 0, 5)]   // earliest end start + 1 year <= E_0 = start + 5 years - 1 day
    [InlineData(3, 11, 5)]  // earliest end start + 4 years 11 months <= E_0
    [InlineData(4, 1, 10)]  // earliest end start + 5 years 1 month > E_0: the next term end E_1 = start + 10 years - 1 day
    public async Task RecordNotice_ByStaff_EndsByTheSpecsRule(int years, int months, int endYears)
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var agreement = await db.Db.Set<MemberAgreementRecord>().FirstAsync(Ct);
        var notice = agreement.Start.AddYears(years).AddMonths(months);
        var end = await db.Get<RecordNotice>().HandleAsync(agreement.Id, new RecordNotice.Request(notice, "Kommunfullmäktige", notice, "KF 2026/1 § 3", null), staff, Ct);
        Assert.Equal(agreement.Start.AddYears(endYears).AddDays(-1), end);
        await using var fresh = db.FreshContext();
        var saved = await fresh.Set<MemberAgreementRecord>().SingleAsync(a => a.Id == agreement.Id, Ct);
        Assert.Equal(("KF 2026/1 § 3", notice), (saved.NoticeDecision!.Reference, saved.NoticeGivenOn!.Value));
        Assert.True(await fresh.AuditEntries.AnyAsync(e => e.SubjectId == agreement.Id.ToString() && e.Action == AuditActions.Update, Ct));
    }

    [Fact]
    public async Task RecordNotice_BeforeTheStart_IsRefusedAndNothingIsWritten()
    {
        await using var db = await TestDatabase.CreateAsync();
        var agreement = await db.Db.Set<MemberAgreementRecord>().FirstAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<RecordNotice>().HandleAsync(agreement.Id,
            new RecordNotice.Request(agreement.Start.AddDays(-1), "KF", agreement.Start, "KF 1", null), StaffAsync(db).Result, Ct));
        Assert.Contains(e.Problems, p => p.Field == "NoticeDate" && p.Message.Contains("before the agreement's start", StringComparison.Ordinal));
        Assert.Null((await db.FreshContext().Set<MemberAgreementRecord>().SingleAsync(a => a.Id == agreement.Id, Ct)).NoticeGivenOn);
    }

    // ---- Cost split and invoices -------------------------------------------------------------------------------------

    [Fact]
    public async Task CostSplit_OfTheDemoBudget_SumsExactlyAndExplainsEveryShare()
    {
        await using var db = await TestDatabase.CreateAsync();
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var split = await db.Get<GetCostSplit>().HandleAsync(await StaffAsync(db), year, CostBasis.Budget, Ct);
        Assert.Empty(split.Problems);
        Assert.Equal(7_800_000.00m, split.Total); // 6 200 000 + 650 000 + 750 000 + 200 000
        Assert.Equal(split.Total, split.Shares.Sum(s => s.Amount));
        Assert.All(split.Shares, s => Assert.StartsWith("Storlek 50", s.Explanation, StringComparison.Ordinal));
        // Ånge places nobody: its share is the size part only, 7 800 000 × 0.5 × 9 000 / 145 300, rounded down, plus at most one öre.
        var ange = split.Shares.Single(s => s.MemberName == "Ånge kommun");
        var exact = 7_800_000m * 0.5m * 9_000m / 145_300m;
        Assert.InRange(ange.Amount, Math.Floor(exact * 100) / 100, Math.Floor(exact * 100) / 100 + 0.01m);
        Assert.Equal(0m, ange.Usage);
        // Kramfors' usage is its placement days this year, metered from its placements.
        var kramfors = split.Shares.Single(s => s.MemberName == "Kramfors kommun");
        Assert.True(kramfors.Usage > 0);
        Assert.Contains("placeringsdygn", kramfors.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostSplit_ForAMember_ShowsOnlyItsOwnShare()
    {
        await using var db = await TestDatabase.CreateAsync();
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var split = await db.Get<GetCostSplit>().HandleAsync(await db.ActorAsync(Kramfors, Roles.Controller), year, CostBasis.Budget, Ct);
        Assert.Equal(["Kramfors kommun"], split.Shares.Select(s => s.MemberName));
    }

    [Theory]
    [InlineData(0.6, 0.5, "Usage", "the weights must sum to 1, not 1.1")]
    [InlineData(-0.5, 1.5, "Size", "a weight must not be negative (-0.5)")]
    public async Task SetWeights_Invalid_IsRefused(double size, double usage, string field, string message)
    {
        await using var db = await TestDatabase.CreateAsync();
        var count = await db.Db.Set<CostWeightsRecord>().CountAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetCostWeights>().HandleAsync(
            new SetCostWeights.Request(new DateOnly(2030, 1, 1), (decimal)size, (decimal)usage, "Direktionen", new DateOnly(2029, 12, 1), "FM 2029/1 § 1", null), StaffAsync(db).Result, Ct));
        Assert.Contains(e.Problems, p => p.Field == field && p.Message == message);
        Assert.Equal(count, await db.FreshContext().Set<CostWeightsRecord>().CountAsync(Ct));
    }

    [Fact]
    public async Task SetMemberKeys_Negative_IsRefused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var member = await db.Db.Organisations.Where(o => o.OrganisationNumber == Ange).Select(o => o.Id).SingleAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetMemberKeys>().HandleAsync(
            new SetMemberKeys.Request("2020", member, -1m, -3m), StaffAsync(db).Result, Ct));
        Assert.Equal(["EnteredUsage", "Population"], e.Problems.Select(p => p.Field).Order());
    }

    [Fact]
    public async Task CostSplit_WhenNobodyUsedTheUnit_SplitsTheUsagePartBySize()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        await db.Get<SetUnitCost>().HandleAsync(new SetUnitCost.Request("2010", CostBasis.Accounts, "Personal", 1_000_000m), staff, Ct);
        await db.Get<SetCostWeights>().HandleAsync(new SetCostWeights.Request(new DateOnly(2010, 1, 1), 0.3m, 0.7m, "Direktionen", new DateOnly(2009, 12, 1), "FM 2009/2 § 4", null), staff, Ct);
        foreach (var m in await db.Get<FosterCareAccess>().MembersAsync((await db.Get<FosterCareAccess>().StaffUnitAsync(staff, null, Ct)).UnitId, Ct))
            await db.Get<SetMemberKeys>().HandleAsync(new SetMemberKeys.Request("2010", m.Id, 100m, null), staff, Ct);
        var split = await db.Get<GetCostSplit>().HandleAsync(staff, "2010", CostBasis.Accounts, Ct);
        // Six equal populations and no placement day in 2010: 1 000 000 / 6 = 166 666.666…, four öre left over go to the
        // four lowest organisation numbers (equal remainders): 166 666.67 × 4 + 166 666.66 × 2 = 1 000 000.00.
        Assert.Equal(1_000_000.00m, split.Shares.Sum(s => s.Amount));
        Assert.Equal(4, split.Shares.Count(s => s.Amount == 166_666.67m));
        Assert.Equal(2, split.Shares.Count(s => s.Amount == 166_666.66m));
    }

    [Fact]
    public async Task IssueInvoices_ValidateAgainstUbl_AndASecondRunIsRefused_AndACreditNoteReopensThePeriod()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ids = await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, new DateOnly(Today.Year, 1, 15)), staff, Ct);
        Assert.Equal(6, ids.Count);
        var invoices = await db.FreshContext().Set<CostInvoiceRecord>().Where(i => ids.Contains(i.Id)).ToListAsync(Ct);
        Assert.Equal(7_800_000.00m, invoices.Sum(i => i.Amount));
        foreach (var invoice in invoices)
        {
            var xml = XDocument.Parse(invoice.Xml);
            Ubl.AssertValid(xml, "UBL-Invoice-2.1.xsd");
            Ubl.AssertBusinessRules(xml, invoice.Amount);
            Assert.Equal($"{year}-{GetCostSplit.MemberCode((await db.Db.Organisations.SingleAsync(o => o.Id == invoice.MemberId, Ct)).OrganisationNumber)}", invoice.Number);
        }

        var again = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, null), staff, Ct));
        Assert.Contains("already invoiced", again.Problems.Single().Message, StringComparison.Ordinal);
        var keys = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetMemberKeys>().HandleAsync(
            new SetMemberKeys.Request(year, invoices[0].MemberId, 1m, null), staff, Ct));
        Assert.Contains("already invoiced", keys.Problems.Single().Message, StringComparison.Ordinal);

        foreach (var invoice in invoices)
        {
            var creditId = await db.Get<IssueCreditNote>().HandleAsync(invoice.Id, new IssueCreditNote.Request("Rättat befolkningstal", null), staff, Ct);
            var credit = await db.FreshContext().Set<CostInvoiceRecord>().SingleAsync(i => i.Id == creditId, Ct);
            Assert.Equal((invoice.Number + "-K", invoice.Amount, CostInvoiceKind.CreditNote), (credit.Number, credit.Amount, credit.Kind));
            Ubl.AssertValid(XDocument.Parse(credit.Xml), "UBL-CreditNote-2.1.xsd");
            Ubl.AssertBusinessRules(XDocument.Parse(credit.Xml), invoice.Amount);
        }
        await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCreditNote>().HandleAsync(invoices[0].Id, new IssueCreditNote.Request("igen", null), staff, Ct));
        var reissued = await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, null), staff, Ct);
        var numbers = await db.FreshContext().Set<CostInvoiceRecord>().Where(i => reissued.Contains(i.Id)).Select(i => i.Number).ToListAsync(Ct);
        Assert.All(numbers, n => Assert.EndsWith("-R2", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoices_ForAMember_AreItsOwnOnly()
    {
        await using var db = await TestDatabase.CreateAsync();
        var year = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, null), await StaffAsync(db), Ct);
        var own = await db.Get<ListCostInvoices>().HandleAsync(await db.ActorAsync(Timra, Roles.Controller), null, Ct);
        Assert.Equal(["Timrå kommun"], own.Select(i => i.MemberName).Distinct());
        var other = (await db.Get<ListCostInvoices>().HandleAsync(await StaffAsync(db), null, Ct)).First(i => i.MemberName != "Timrå kommun");
        Assert.Null(await db.Get<GetCostInvoice>().HandleAsync(other.Id, await db.ActorAsync(Timra, Roles.Controller), export: true, Ct));
        Assert.Empty(await db.Get<ListCostInvoices>().HandleAsync(await db.ActorAsync(Numbers.Exempelstad, Roles.Controller), null, Ct));
    }

    // ---- Homes and recruitment -----------------------------------------------------------------------------------------

    private static RegisterHome.Request NewHome(Guid municipality, string code = "FH-100") =>
        new(code, HomeType.FamilyHome, municipality, "Testvägen 1", 2, 0, 12, false, null, "svenska", "trauma", new DateOnly(2026, 1, 5),
            "Test Testsson", "19800314-0012", null, null);

    [Fact]
    public async Task Home_WalkedFromInquiryToApproved_ThroughThePipeline()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var kramfors = await db.Db.Organisations.Where(o => o.OrganisationNumber == Kramfors).Select(o => o.Id).SingleAsync(Ct);
        var id = await db.Get<RegisterHome>().HandleAsync(NewHome(kramfors), staff, Ct);
        var transition = db.Get<TransitionHome>();
        await transition.HandleAsync(id, new TransitionHome.Request(RecruitmentState.FirstContact, new DateOnly(2026, 1, 10), "Samtal"), staff, Ct);
        await transition.HandleAsync(id, new TransitionHome.Request(RecruitmentState.HomeStudy, new DateOnly(2026, 1, 20), null), staff, Ct);
        await transition.HandleAsync(id, new TransitionHome.Request(RecruitmentState.Training, new DateOnly(2026, 3, 1), null,
            new DateOnly(2026, 2, 28), "Lämplig", "Individutskottet"), staff, Ct);
        // Approval without a completed training is refused, with the pipeline's reason.
        var refused = await Assert.ThrowsAsync<InputProblemsException>(() => transition.HandleAsync(id, new TransitionHome.Request(RecruitmentState.Approved, new DateOnly(2026, 4, 1), null), staff, Ct));
        Assert.Contains(refused.Problems, p => p.Message.Contains("utbildning", StringComparison.OrdinalIgnoreCase) || p.Message.Contains("training", StringComparison.OrdinalIgnoreCase));
        await transition.HandleAsync(id, new TransitionHome.Request(RecruitmentState.Approved, new DateOnly(2026, 4, 1), null,
            TrainingCourse: "Ett hem att växa i", TrainingSessions: 6, TrainingCompletedOn: new DateOnly(2026, 3, 30)), staff, Ct);
        var home = await db.Get<GetHome>().HandleAsync(id, staff, Ct);
        Assert.Equal(RecruitmentState.Approved, home!.Rule.Recruitment.Current.State);
        Assert.Equal(5, home.Home.Steps.Count);
        Assert.True(await db.FreshContext().AuditEntries.AnyAsync(e => e.Action == AuditActions.Read && e.SubjectId == id.ToString(), Ct));
    }

    [Fact]
    public async Task Home_WithABadPersonnummerAndNoCode_IsRefusedWithEveryProblem()
    {
        await using var db = await TestDatabase.CreateAsync();
        var kramfors = await db.Db.Organisations.Where(o => o.OrganisationNumber == Kramfors).Select(o => o.Id).SingleAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<RegisterHome>().HandleAsync(
            NewHome(kramfors) with { Code = "", Adult1Personnummer = "19800314-0017", Places = 0 }, StaffAsync(db).Result, Ct));
        Assert.Equal(["Adult1Personnummer", "Code", "Places"], e.Problems.Select(p => p.Field).Order());
    }

    [Fact]
    public async Task Homes_AreNotSeenByMembers()
    {
        await using var db = await TestDatabase.CreateAsync();
        Assert.Empty(await db.Get<ListHomes>().HandleAsync(await db.ActorAsync(Kramfors, Roles.GrantOfficer), Ct));
        var id = await db.Db.Set<FosterHomeRecord>().Select(h => h.Id).FirstAsync(Ct);
        Assert.Null(await db.Get<GetHome>().HandleAsync(id, await db.ActorAsync(Kramfors, Roles.GrantOfficer), Ct));
    }

    [Fact]
    public async Task RecruitmentBoard_ShowsEveryStateAndTheStalledHomeStudy()
    {
        await using var db = await TestDatabase.CreateAsync();
        var board = await db.Get<GetRecruitmentBoard>().HandleAsync(await StaffAsync(db), Ct);
        Assert.Equal(Enum.GetValues<RecruitmentState>().Length, board.Columns.Count);
        Assert.Equal(["FH-005"], board.Columns.Single(c => c.State == RecruitmentState.HomeStudy).Cards.Select(c => c.Code));
        Assert.Contains(board.Stalled, s => s.HomeId == "FH-005"); // 175 days in the home study > 120
    }

    // ---- Requests, matching, placements --------------------------------------------------------------------------------

    [Fact]
    public async Task Request_MatchedProposedAndPlaced_IdentitySeenByThePlacingMemberOnly()
    {
        await using var db = await TestDatabase.CreateAsync();
        var kramfors = await db.ActorAsync(Kramfors, Roles.GrantOfficer);
        var staff = await StaffAsync(db);
        var requestId = await db.Get<CreatePlacementRequest>().HandleAsync(new CreatePlacementRequest.Request(
            new DateOnly(Today.Year - 7, 2, 1), 0, "arabiska", "trauma", Urgency.Planned, Today.AddDays(30), HomeType.FamilyHome), kramfors, Ct);
        var found = await db.Get<GetPlacementRequest>().HandleAsync(requestId, staff, Ct);
        var best = found!.Ranked[0];
        Assert.Equal("FH-001", best.Code); // takes 0–12, trauma, arabiska, same municipality as Kramfors
        Assert.Contains("samma kommun", best.Reasons, StringComparison.Ordinal);
        Assert.Null(await db.Get<GetPlacementRequest>().HandleAsync(requestId, await db.ActorAsync(Timra, Roles.GrantOfficer), Ct));

        await db.Get<ProposeHome>().HandleAsync(requestId, best.HomeId, staff, Ct);
        await db.Get<RegisterPlacement>().HandleAsync(new RegisterPlacement.Request(requestId, null, "Test Barnsson", ChildNumber(new DateOnly(Today.Year - 7, 2, 1)),
            Today.AddDays(30), null, LegalBasis.SoL), kramfors, Ct);

        var asMember = await db.Get<ListPlacements>().HandleAsync(kramfors, Ct);
        Assert.Contains(asMember, p => p.ChildName == "Test Barnsson");
        var asUnit = await db.Get<ListPlacements>().HandleAsync(staff, Ct);
        Assert.All(asUnit, p => Assert.Null(p.ChildName));
        Assert.All(asUnit, p => Assert.Null(p.ChildPersonnummer));
        var asOther = await db.Get<ListPlacements>().HandleAsync(await db.ActorAsync(Timra, Roles.GrantOfficer), Ct);
        Assert.DoesNotContain(asOther, p => p.MemberName == "Kramfors kommun");
        var admin = await db.Get<ListPlacements>().HandleAsync(await db.ActorAsync(Numbers.Harnosand, Roles.Administrator), Ct);
        Assert.All(admin, p => Assert.Null(p.ChildName));
    }

    [Fact]
    public async Task Placement_InAHomeNotApproved_AndOverfull_IsRefused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var kramfors = await db.ActorAsync(Kramfors, Roles.GrantOfficer);
        var homes = await db.Db.Set<FosterHomeRecord>().ToDictionaryAsync(h => h.Code, h => h.Id, Ct);
        var count = await db.Db.Set<FosterPlacementRecord>().CountAsync(Ct);
        var notApproved = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<RegisterPlacement>().HandleAsync(
            new RegisterPlacement.Request(null, homes["FH-006"], "Test Barnsson", "20150509-0009", Today, null, LegalBasis.SoL), kramfors, Ct));
        Assert.Contains(notApproved.Problems, p => p.Message.Contains("FH-006", StringComparison.Ordinal));
        // FH-002 has one place and Alva placed until further notice.
        var full = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<RegisterPlacement>().HandleAsync(
            new RegisterPlacement.Request(null, homes["FH-002"], "Test Barnsson", "20150509-0009", Today, null, LegalBasis.SoL), kramfors, Ct));
        Assert.Contains(full.Problems, p => p.Message.Contains("overlap", StringComparison.Ordinal));
        var child = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<RegisterPlacement>().HandleAsync(
            new RegisterPlacement.Request(null, homes["FH-001"], "", "nej", null, null, null), kramfors, Ct));
        Assert.Equal(["ChildName", "ChildPersonnummer", "LegalBasis", "Start"], child.Problems.Select(p => p.Field).Order());
        Assert.Equal(count, await db.FreshContext().Set<FosterPlacementRecord>().CountAsync(Ct));
    }

    // ---- Comparison with consultant-supported homes ------------------------------------------------------------------

    [Fact]
    public async Task Comparison_ForTimra_PricesItsPlacementDaysAndCumulates()
    {
        await using var db = await TestDatabase.CreateAsync();
        var year = Today.Year;
        await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year.ToString(System.Globalization.CultureInfo.InvariantCulture), CostBasis.Budget, null), await StaffAsync(db), Ct);
        var result = await db.Get<GetConsultantComparison>().HandleAsync(await db.ActorAsync(Timra, Roles.Controller), year - 1, year, Ct);
        Assert.Empty(result.Problems);
        var timra = Assert.Single(result.Members);
        Assert.Equal("Timrå kommun", timra.Name);
        var row = timra.Rows.Single(r => r.Year == year);
        // Elsa placed 10 March – 20 April: 22 + 20 = 42 days at 2 850 kr/dygn = 119 700.00 kr.
        Assert.Equal(42, row.PlacementDays);
        Assert.Equal(42 * 2_850.00m, row.ConsultantCost);
        var invoiced = (await db.Get<ListCostInvoices>().HandleAsync(await db.ActorAsync(Timra, Roles.Controller), null, Ct)).Single().Amount;
        Assert.Equal(invoiced, row.Paid);
        Assert.Equal(invoiced - 119_700.00m, row.Difference);
        Assert.Equal(row.CumulativeDifference, timra.Rows.Sum(r => r.Difference)); // the year before: nothing paid, no day
    }

    [Fact]
    public async Task ConsultantPrice_Negative_IsRefused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var member = await db.Db.Organisations.Where(o => o.OrganisationNumber == Ange).Select(o => o.Id).SingleAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetConsultantPrice>().HandleAsync(
            new SetConsultantPrice.Request(member, new DateOnly(2030, 1, 1), -1m, "SN", new DateOnly(2029, 12, 1), "SN 1", null), StaffAsync(db).Result, Ct));
        Assert.Equal("DailyPrice", e.Problems.Single().Field);
    }
}

/// <summary>The supervision and support log: entries, follow-ups, support hours as the usage measure, and who sees it.</summary>
public class FosterCareSupportLogTests
{
    private const string Kramfors = "212000-2635";
    private const string Timra = "212000-2403";
    private const string Ange = "212000-2387";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(DateTime.UtcNow));

    private static Task<Actor> StaffAsync(TestDatabase db) => db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff);

    private static async Task<Guid> HomeAsync(TestDatabase db, string code) => await db.Db.Set<FosterHomeRecord>().Where(h => h.Code == code).Select(h => h.Id).SingleAsync(Ct);

    [Fact]
    public async Task SupportHours_AsTheChosenMeasure_AreBookedToThePlacingMembers_AndSplitTheUsagePart()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var year = Today.Year;
        var log = db.Get<LogSupport>();
        // Demo data: FH-001 has Kramfors' child from 1 February, FH-003 had Timrå's child 10 March..20 April, FH-004 none.
        await log.HandleAsync(await HomeAsync(db, "FH-001"), new(new DateOnly(year, 2, 2), SupportKind.HomeVisit, 3m, "Kim Handledare", "Anna Berg", "Första besöket", null), staff, Ct);
        await log.HandleAsync(await HomeAsync(db, "FH-003"), new(new DateOnly(year, 3, 15), SupportKind.IndividualSupervision, 1.5m, "Kim Handledare", "", "", null), staff, Ct);
        await log.HandleAsync(await HomeAsync(db, "FH-003"), new(new DateOnly(year, 4, 21), SupportKind.SupportCall, 0.5m, "Kim Handledare", "", "dagen efter placeringen", null), staff, Ct);
        await log.HandleAsync(await HomeAsync(db, "FH-004"), new(new DateOnly(year, 2, 2), SupportKind.GroupSupervision, 5m, "Kim Handledare", "Maria Sjö", "", null), staff, Ct);
        await db.Get<SetCostWeights>().HandleAsync(new SetCostWeights.Request(new DateOnly(year, 1, 1), 0.4m, 0.6m, "Direktionen", new DateOnly(year - 1, 12, 1), "FM 1 § 1", null, UsageMeasure.SupportHours), staff, Ct);

        var split = await db.Get<GetCostSplit>().HandleAsync(staff, year.ToString(System.Globalization.CultureInfo.InvariantCulture), CostBasis.Budget, Ct);
        Assert.Empty(split.Problems);
        Assert.Equal(UsageMeasure.SupportHours, split.WeightsInForce!.Measure);
        var kramfors = split.Shares.Single(s => s.MemberName == "Kramfors kommun");
        var timra = split.Shares.Single(s => s.MemberName == "Timrå kommun");
        Assert.Equal((3m, 1.5m, 0m), (kramfors.Usage, timra.Usage, split.Shares.Single(s => s.MemberName == "Ånge kommun").Usage)); // FH-003 on 21 April: the child left on the 20th; FH-004: nobody
        Assert.Equal(7_800_000m * 0.6m * 3m / (3m + 1.5m), kramfors.UsagePart);
        Assert.Equal(7_800_000m * 0.6m * 1.5m / (3m + 1.5m), timra.UsagePart);
        Assert.Contains("stödtimmar", kramfors.Explanation, StringComparison.Ordinal);
        Assert.Equal(7_800_000.00m, split.Shares.Sum(s => s.Amount));
    }

    [Fact]
    public async Task LogSupport_BadInput_IsRefusedWithEveryProblem_AndNothingIsWritten()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<LogSupport>().HandleAsync(db.Db.Set<FosterHomeRecord>().First().Id,
            new(Today.AddDays(-3), null, 1.005m, " ", null, null, Today.AddDays(-4)), staff, Ct));
        Assert.Equal(["FollowUpDue", "Hours", "Kind", "Staff"], e.Problems.Select(p => p.Field).Order());
        Assert.All(e.Problems, p => Assert.Equal("support", p.Source));
        Assert.Contains(e.Problems, p => p.Message == "hours have at most two decimals (1.005)");
        var future = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<LogSupport>().HandleAsync(db.Db.Set<FosterHomeRecord>().First().Id,
            new(Today.AddDays(1), SupportKind.HomeVisit, 25m, "Kim", null, null, null), staff, Ct));
        Assert.Equal(["Date", "Hours"], future.Problems.Select(p => p.Field).Order());
        Assert.Equal(0, await db.FreshContext().Set<SupportLogEntryRecord>().CountAsync(Ct));
    }

    [Fact]
    public async Task FollowUps_DueAndOverdue_AreListed_UntilDone()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var home = await HomeAsync(db, "FH-002");
        var overdue = (await db.Get<LogSupport>().HandleAsync(home, new(Today.AddDays(-10), SupportKind.HomeVisit, 2m, "Kim", "Lena Ek", "", Today.AddDays(-1)), staff, Ct))!.Value;
        var due = (await db.Get<LogSupport>().HandleAsync(home, new(Today.AddDays(-2), SupportKind.SupportCall, 1m, "Kim", "", "", Today.AddDays(7)), staff, Ct))!.Value;
        await db.Get<LogSupport>().HandleAsync(home, new(Today.AddDays(-2), SupportKind.SupportCall, 1m, "Kim", "", "", null), staff, Ct);

        var list = await db.Get<ListFollowUps>().HandleAsync(staff, Ct);
        Assert.Equal([(overdue, true, -1), (due, false, 7)], list.Select(i => (i.EntryId, i.Overdue, i.DaysLeft)));
        Assert.True(await db.Get<CompleteFollowUp>().HandleAsync(overdue, new(Today), staff, Ct));
        Assert.Equal([due], (await db.Get<ListFollowUps>().HandleAsync(staff, Ct)).Select(i => i.EntryId));
        var again = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<CompleteFollowUp>().HandleAsync(overdue, new(Today), staff, Ct));
        Assert.Contains("already done", again.Problems.Single().Message, StringComparison.Ordinal);
        var log = await db.Get<GetSupportLog>().HandleAsync(home, staff, Ct);
        Assert.Equal(3, log!.Count);
        Assert.Contains("Kramfors kommun 1 av 1 barn = 2 h", log.Single(x => x.Id == overdue).BookedTo, StringComparison.Ordinal); // FH-002 has Kramfors' child
    }

    [Theory]
    [InlineData(Kramfors, Roles.GrantOfficer)]
    [InlineData(Timra, Roles.GrantOfficer)]
    [InlineData(Ange, Roles.Controller)]
    public async Task SupportLog_ForAMember_ShowsNothing_AndCannotBeWritten(string member, string role)
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var home = await HomeAsync(db, "FH-002");
        var entry = (await db.Get<LogSupport>().HandleAsync(home, new(Today.AddDays(-10), SupportKind.HomeVisit, 2m, "Kim", "Lena Ek", "", Today.AddDays(3)), staff, Ct))!.Value;
        var actor = await db.ActorAsync(member, role);
        Assert.Null(await db.Get<GetSupportLog>().HandleAsync(home, actor, Ct));
        Assert.Empty(await db.Get<ListFollowUps>().HandleAsync(actor, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<LogSupport>().HandleAsync(home, new(Today, SupportKind.HomeVisit, 1m, "X", null, null, null), actor, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<CompleteFollowUp>().HandleAsync(entry, new(Today), actor, Ct));
    }
}

/// <summary>Fees to the homes per placement and month: dated fee tables with decisions, explained lines, and who sees them.</summary>
public class FosterCareFeesTests
{
    private const string Kramfors = "212000-2635";
    private const string Timra = "212000-2403";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Year => DateTime.UtcNow.Year;

    private static Task<Actor> StaffAsync(TestDatabase db) => db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff);

    [Fact]
    public async Task Fees_ForAPartMonth_AreProRatedAndExplained_AndAMemberSeesOnlyItsOwn()
    {
        await using var db = await TestDatabase.CreateAsync();
        var march = $"{Year}-03";
        // Demo: Timrå's child (born 9 May, three years ago: 2 years old on 1 March) in FH-003 from 10 March to 20 April;
        // the demo table from the agreements' start has 0–6 år: arvode 8 900, omkostnadsersättning 5 200 per month.
        var timra = await db.Get<GetFosterFees>().HandleAsync(await db.ActorAsync(Timra, Roles.GrantOfficer), march, Ct);
        Assert.Empty(timra.Problems);
        var own = Assert.Single(timra.Members);
        Assert.Equal("Timrå kommun", own.MemberName);
        Assert.Equal([Math.Round(8_900m * 22 / 31, 2, MidpointRounding.AwayFromZero), Math.Round(5_200m * 22 / 31, 2, MidpointRounding.AwayFromZero)],
            own.Lines.Select(l => l.Amount));
        Assert.Equal([6_316.13m, 3_690.32m], own.Lines.Select(l => l.Amount));
        Assert.Equal($"Arvode 2 år, 0\u20136 år enligt tabell från {Year - 2}-01 (FM {Year - 3}/14 § 9): 8\u00A0900,00\u00A0kr × 22/31 dagar = 6\u00A0316,13\u00A0kr", own.Lines[0].Explanation);
        Assert.Equal("FH-003", own.Lines[0].HomeCode);

        var staff = await db.Get<GetFosterFees>().HandleAsync(await StaffAsync(db), march, Ct);
        Assert.Equal(["Kramfors kommun", "Timrå kommun"], staff.Members.Select(m => m.MemberName));
        var kramfors = await db.Get<GetFosterFees>().HandleAsync(await db.ActorAsync(Kramfors, Roles.GrantOfficer), march, Ct);
        Assert.Equal(["Kramfors kommun"], kramfors.Members.Select(m => m.MemberName));
        Assert.DoesNotContain(kramfors.Members.SelectMany(m => m.Lines), l => l.HomeCode == "FH-003");
        var outsider = await db.Get<GetFosterFees>().HandleAsync(await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer), march, Ct);
        Assert.Empty(outsider.Members);
        Assert.Empty(outsider.Versions);
    }

    [Fact]
    public async Task FeeTable_NewVersion_AppliesFromItsMonth_AndEarlierMonthsKeepTheOld()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        await db.Get<SetFeeTable>().HandleAsync(new SetFeeTable.Request(new DateOnly(Year, 4, 1),
            [new(0, 6, 9_300m, 5_400m), new(7, 20, 10_900m, 6_900m)], "Direktionen", new DateOnly(Year, 3, 15), "FM 2/1 § 3", null), staff, Ct);
        var timra = await db.ActorAsync(Timra, Roles.GrantOfficer);
        var april = Assert.Single((await db.Get<GetFosterFees>().HandleAsync(timra, $"{Year}-04", Ct)).Members);
        // 1–20 April of 30 days at the new table.
        Assert.Equal([Math.Round(9_300m * 20 / 30, 2, MidpointRounding.AwayFromZero), Math.Round(5_400m * 20 / 30, 2, MidpointRounding.AwayFromZero)], april.Lines.Select(l => l.Amount));
        Assert.Contains("(FM 2/1 § 3)", april.Lines[0].Explanation, StringComparison.Ordinal);
        var march = Assert.Single((await db.Get<GetFosterFees>().HandleAsync(timra, $"{Year}-03", Ct)).Members);
        Assert.Equal(Math.Round(8_900m * 22 / 31, 2, MidpointRounding.AwayFromZero), march.Lines[0].Amount);
    }

    [Fact]
    public async Task FeeTable_BadInput_IsRefusedWithEveryProblem_AndNothingIsWritten()
    {
        await using var db = await TestDatabase.CreateAsync();
        var before = await db.Db.Set<FeeTableVersionRecord>().CountAsync(Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetFeeTable>().HandleAsync(new SetFeeTable.Request(new DateOnly(Year, 4, 15),
            [new(0, 6, 9_300m, -1m), new(5, 12, 10_000.005m, 6_000m), new(null, null, null, null)], "Direktionen", null, "FM 1", null), StaffAsync(db).Result, Ct));
        Assert.Equal(["Bands[0].ExpenseAllowance", "Bands[1].Fee", "DecisionDate", "EffectiveFrom"], e.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        var overlap = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SetFeeTable>().HandleAsync(new SetFeeTable.Request(new DateOnly(Year, 5, 1),
            [new(0, 6, 9_300m, 5_000m), new(6, 12, 10_000m, 6_000m)], "Direktionen", new DateOnly(Year, 4, 1), "FM 1", null), StaffAsync(db).Result, Ct));
        Assert.Equal("the bands 0-6 and 6-12 overlap", Assert.Single(overlap.Problems).Message);
        Assert.Equal(before, await db.FreshContext().Set<FeeTableVersionRecord>().CountAsync(Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<SetFeeTable>().HandleAsync(new SetFeeTable.Request(new DateOnly(Year, 5, 1),
            [new(0, 6, 9_300m, 5_000m)], "Direktionen", new DateOnly(Year, 4, 1), "FM 1", null), db.ActorAsync(Kramfors, Roles.GrantOfficer).Result, Ct));
    }
}

/// <summary>Creating and changing member agreements: the rule's terms, no overlap per member, no change after notice.</summary>
public class FosterCareAgreementFormTests
{
    private const string Kramfors = "212000-2635";
    private const string Timra = "212000-2403";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Actor> StaffAsync(TestDatabase db) => db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff);

    private static SaveAgreement.Request Terms(Guid? member, DateOnly start, int term = 5, int notice = 12, int renewal = 5) =>
        new(member, start, term, notice, renewal, null, null, "Kommunfullmäktige", start.AddMonths(-1), "KF 2026/3 § 7", null);

    private static async Task<MemberAgreementRecord> AgreementOfAsync(TestDatabase db, string number)
    {
        var id = await db.Db.Organisations.Where(o => o.OrganisationNumber == number).Select(o => o.Id).SingleAsync(Ct);
        return await db.Db.Set<MemberAgreementRecord>().SingleAsync(a => a.MemberId == id, Ct);
    }

    [Fact]
    public async Task Change_NewTerms_AreSavedWithTheDecision_AndTheListFollowsTheRule()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var timra = await AgreementOfAsync(db, Timra);
        var start = timra.Start;
        Assert.Equal(timra.Id, await db.Get<SaveAgreement>().HandleAsync(timra.Id, Terms(null, start, term: 3, notice: 6, renewal: 0), staff, Ct));
        var item = (await db.Get<ListAgreements>().HandleAsync(staff, start.AddYears(3), Ct)).Items.Single(i => i.Id == timra.Id);
        Assert.Equal((3, 6, 0), (item.TermYears, item.NoticeMonths, item.RenewalYears));
        Assert.Contains("KF 2026/3 § 7", item.Decision, StringComparison.Ordinal);
        // Rolling after 3 years: notice on start + 3 years gives start + 3 years + 6 months, after E_0 = start + 3 years - 1 day.
        Assert.Equal(start.AddYears(3).AddMonths(6), item.EndIfNoticeOn);
        await using var fresh = db.FreshContext();
        Assert.True(await fresh.AuditEntries.AnyAsync(e => e.SubjectId == timra.Id.ToString() && e.Action == AuditActions.Update, Ct));
    }

    [Fact]
    public async Task Create_ForAMemberWithAnAgreement_IsRefusedUntilTheOldOneHasEnded()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var old = await AgreementOfAsync(db, Kramfors);
        var overlap = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAgreement>().HandleAsync(null, Terms(old.MemberId, old.Start.AddYears(1)), staff, Ct));
        Assert.Equal($"Kramfors kommun already has an agreement from {old.Start:yyyy-MM-dd} without notice given; change it, or record its notice first", Assert.Single(overlap.Problems).Message);

        var end = (await db.Get<RecordNotice>().HandleAsync(old.Id, new(old.Start.AddYears(1), "KF", old.Start.AddYears(1), "KF 1", null), staff, Ct))!.Value;
        Assert.Equal(old.Start.AddYears(5).AddDays(-1), end); // notice a year in: earliest end start + 2 years, within E_0
        var onTheEnd = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAgreement>().HandleAsync(null, Terms(old.MemberId, end), staff, Ct));
        Assert.Contains($"may start {end.AddDays(1):yyyy-MM-dd} at the earliest", Assert.Single(onTheEnd.Problems).Message, StringComparison.Ordinal);
        var changeAfterNotice = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAgreement>().HandleAsync(old.Id, Terms(null, old.Start, term: 3), staff, Ct));
        Assert.Contains("cannot change", Assert.Single(changeAfterNotice.Problems).Message, StringComparison.Ordinal);

        var renewed = await db.Get<SaveAgreement>().HandleAsync(null, Terms(old.MemberId, end.AddDays(1)), staff, Ct);
        var both = (await db.Get<ListAgreements>().HandleAsync(await db.ActorAsync(Kramfors, Roles.GrantOfficer), null, Ct)).Items;
        Assert.Equal([old.Id, renewed!.Value], both.Select(i => i.Id));
    }

    [Fact]
    public async Task Save_BadTerms_AreRefusedWithEveryProblem_AndNothingIsWritten_AndAMemberMayNot()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await StaffAsync(db);
        var timra = await AgreementOfAsync(db, Timra);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAgreement>().HandleAsync(timra.Id,
            new SaveAgreement.Request(null, timra.Start, 0, -1, 5, "not-an-address", null, " ", null, "KF 1", null), staff, Ct));
        Assert.Equal(["DecisionBody", "DecisionDate", "InvoiceEmail", "NoticeMonths", "TermYears"], e.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Contains(e.Problems, p => p.Message == "the initial term must be at least 1 year, not 0");
        Assert.Equal(5, (await db.FreshContext().Set<MemberAgreementRecord>().SingleAsync(a => a.Id == timra.Id, Ct)).TermYears);
        var other = await db.Db.Organisations.Where(o => o.OrganisationNumber == Kramfors).Select(o => o.Id).SingleAsync(Ct);
        var moved = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAgreement>().HandleAsync(timra.Id, Terms(other, timra.Start), staff, Ct));
        Assert.Equal("MemberId", Assert.Single(moved.Problems).Field);
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<SaveAgreement>().HandleAsync(timra.Id, Terms(null, timra.Start), db.ActorAsync(Timra, Roles.GrantOfficer).Result, Ct));
    }
}

/// <summary>The placing member ends a placement and withdraws a request; another member cannot touch either.</summary>
public class FosterCarePlacementEndTests
{
    private const string Kramfors = "212000-2635";
    private const string Timra = "212000-2403";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EndPlacement_ByThePlacingMember_SetsTheLastDay_AndTheUsageFollows()
    {
        await using var db = await TestDatabase.CreateAsync();
        var kramfors = await db.ActorAsync(Kramfors, Roles.GrantOfficer);
        var member = await db.Db.Organisations.Where(o => o.OrganisationNumber == Kramfors).Select(o => o.Id).SingleAsync(Ct);
        var open = await db.Db.Set<FosterPlacementRecord>().Where(p => p.MemberId == member && p.End == null).OrderBy(p => p.Start).LastAsync(Ct); // Noah, from 1 February
        var end = open.Start.AddDays(9);
        Assert.False(await db.Get<EndPlacement>().HandleAsync(open.Id, new(end, "Hemflytt"), await db.ActorAsync(Timra, Roles.GrantOfficer), Ct)); // not Timrå's
        var bad = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<EndPlacement>().HandleAsync(open.Id, new(open.Start.AddDays(-1), " "), kramfors, Ct));
        Assert.Equal(["End", "Reason"], bad.Problems.Select(p => p.Field).Order());
        Assert.True(await db.Get<EndPlacement>().HandleAsync(open.Id, new(end, "Återförening med vårdnadshavare"), kramfors, Ct));
        await using var fresh = db.FreshContext();
        var saved = await fresh.Set<FosterPlacementRecord>().SingleAsync(p => p.Id == open.Id, Ct);
        Assert.Equal((end, "Återförening med vårdnadshavare"), (saved.End!.Value, saved.EndReason));
        var again = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<EndPlacement>().HandleAsync(open.Id, new(end, "x"), kramfors, Ct));
        Assert.Contains("already ended", Assert.Single(again.Problems).Message, StringComparison.Ordinal);
        // Usage: the placement now counts its first day to its last, both included: 10 days.
        var usage = UsageMetering.Measure(new DateRange(open.Start, open.Start.AddDays(60)), [saved.ToRuleForTest()], []);
        Assert.Equal(9 + 1, usage.Single().PlacementDays);
    }

    [Fact]
    public async Task WithdrawRequest_ByThePlacingMember_IsRecorded_AndOnlyOnce()
    {
        await using var db = await TestDatabase.CreateAsync();
        var kramfors = await db.ActorAsync(Kramfors, Roles.GrantOfficer);
        var request = await db.Db.Set<PlacementRequestRecord>().FirstAsync(r => r.Status == RequestStatus.Open, Ct);
        Assert.False(await db.Get<WithdrawPlacementRequest>().HandleAsync(request.Id, new("x"), await db.ActorAsync(Timra, Roles.GrantOfficer), Ct));
        var noReason = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<WithdrawPlacementRequest>().HandleAsync(request.Id, new(""), kramfors, Ct));
        Assert.Equal("Reason", Assert.Single(noReason.Problems).Field);
        Assert.True(await db.Get<WithdrawPlacementRequest>().HandleAsync(request.Id, new("Barnet placeras hos släkting"), kramfors, Ct));
        var saved = await db.FreshContext().Set<PlacementRequestRecord>().SingleAsync(r => r.Id == request.Id, Ct);
        Assert.Equal((RequestStatus.Withdrawn, "Barnet placeras hos släkting"), (saved.Status, saved.WithdrawnReason));
        var again = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<WithdrawPlacementRequest>().HandleAsync(request.Id, new("x"), kramfors, Ct));
        Assert.Equal("the request is already withdrawn", Assert.Single(again.Problems).Message);
    }
}

internal static class PlacementTestRules
{
    public static Placement ToRuleForTest(this FosterPlacementRecord p) => new(p.Id.ToString(), p.MemberId.ToString(), p.HomeId.ToString(), p.ChildRef, p.Start, p.End, p.LegalBasis);
}

/// <summary>Partial credit notes: a part of an invoice is credited, never more than remains, and the period stays
/// invoiced until the whole amount is credited.</summary>
public class FosterCarePartialCreditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PartialCredits_AddUpToTheInvoice_NeverBeyond_AndThenThePeriodReopens()
    {
        await using var db = await TestDatabase.CreateAsync();
        var staff = await db.ActorAsync(Numbers.FamiljehemMitt, Roles.JointUnitStaff);
        var year = DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(DateTime.UtcNow)).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ids = await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, null), staff, Ct);
        var invoices = await db.FreshContext().Set<CostInvoiceRecord>().Where(i => ids.Contains(i.Id)).OrderBy(i => i.Number).ToListAsync(Ct);
        var invoice = invoices[0];

        var first = await db.Get<IssueCreditNote>().HandleAsync(invoice.Id, new IssueCreditNote.Request("Fel befolkningstal", null, 10_000.50m), staff, Ct);
        var note = await db.FreshContext().Set<CostInvoiceRecord>().SingleAsync(i => i.Id == first, Ct);
        Assert.Equal((invoice.Number + "-K", 10_000.50m), (note.Number, note.Amount));
        Ubl.AssertValid(XDocument.Parse(note.Xml), "UBL-CreditNote-2.1.xsd");
        Ubl.AssertBusinessRules(XDocument.Parse(note.Xml), 10_000.50m);
        Assert.Contains("delkreditering", note.Explanation, StringComparison.Ordinal);

        var tooMuch = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCreditNote>().HandleAsync(invoice.Id, new IssueCreditNote.Request("x", null, invoice.Amount), staff, Ct));
        var remaining = invoice.Amount - 10_000.50m;
        Assert.Equal($"{PlacementFormat(invoice.Amount)} is more than remains uncredited of {invoice.Number} ({PlacementFormat(remaining)} of {PlacementFormat(invoice.Amount)})", Assert.Single(tooMuch.Problems).Message);
        await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCreditNote>().HandleAsync(invoice.Id, new IssueCreditNote.Request("x", null, 0.001m), staff, Ct));
        // Partly credited: the period is still invoiced.
        await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, null), staff, Ct));

        var rest = await db.Get<IssueCreditNote>().HandleAsync(invoice.Id, new IssueCreditNote.Request("Resten", null), staff, Ct);
        var second = await db.FreshContext().Set<CostInvoiceRecord>().SingleAsync(i => i.Id == rest, Ct);
        Assert.Equal((invoice.Number + "-K2", remaining), (second.Number, second.Amount));
        var listed = (await db.Get<ListCostInvoices>().HandleAsync(staff, year, Ct)).Single(i => i.Id == invoice.Id);
        Assert.Equal(($"{invoice.Number}-K, {invoice.Number}-K2", 0m), (listed.CreditedBy, listed.Uncredited));
        var again = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<IssueCreditNote>().HandleAsync(invoice.Id, new IssueCreditNote.Request("x", null), staff, Ct));
        Assert.Contains("already credited", Assert.Single(again.Problems).Message, StringComparison.Ordinal);

        foreach (var other in invoices.Skip(1)) await db.Get<IssueCreditNote>().HandleAsync(other.Id, new IssueCreditNote.Request("Rättat", null), staff, Ct);
        Assert.Equal(invoices.Count, (await db.Get<IssueCostInvoices>().HandleAsync(new IssueCostInvoices.Request(year, CostBasis.Budget, null), staff, Ct)).Count);
    }

    private static string PlacementFormat(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
