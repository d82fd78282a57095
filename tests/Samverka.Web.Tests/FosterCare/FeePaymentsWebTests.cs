using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.FosterCare;
using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;
using Samverka.Rules.FosterCare;

namespace Samverka.Web.Tests.FosterCare;

/// <summary>Fees to the homes paid by the placing member, over real HTTP: the home's payee account, a member's fee month
/// previewed, approved once, closed in the database, its pain.001 valid by the schema and its SIE balanced; corrections
/// after a retroactive end; refusals with nothing written; and nobody else sees any of it.</summary>
/// <remarks>Each test pays for a member of its own (Sollefteå, Ånge: demo members no other test places for) in a home
/// of its own, in months of 2025 (the demo fee table is in force from two years back).</remarks>
public abstract class FeePaymentsWebTests(SamverkaAppFixture app)
{
    private const string Staff = "enhet@samverka.demo";
    private const string TimraWorker = "socialsekreterare.timra@samverka.demo";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Setup(string Email, Guid MemberId, Guid HomeId, string HomeCode);

    /// <summary>A grant officer at the member, and an approved home with three places (no payee account yet).</summary>
    private async Task<Setup> MemberAndHomeAsync(string memberNumber, bool registryAccount)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SamverkaUser>>();
        var unit = await db.Organisations.SingleAsync(o => o.OrganisationNumber == FosterCareDemoData.UnitNumber, Ct);
        var member = await db.Organisations.SingleAsync(o => o.OrganisationNumber == memberNumber, Ct);
        if (registryAccount)
        {
            (member.PayeeAccountKind, member.PayeeAccountNumber) = (PaymentAccountKind.Bankgiro, "50501055");
        }
        var email = $"arvoden-{Guid.NewGuid():N}@samverka.test";
        var user = new SamverkaUser { UserName = email, Email = email, DisplayName = "Sara Socialsekreterare", OrganisationId = member.Id };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.GrantOfficer)).Succeeded);
        var code = "FP-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var home = new FosterHomeRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.Id, Code = code, Type = HomeType.FamilyHome, MunicipalityId = member.Id, Address = "Storgatan 1, Sollefteå", Places = 3,
            MinAge = 0, MaxAge = 17, StudyCompletedOn = new DateOnly(2024, 3, 1), StudyAssessment = "Lämplig", StudyDecidedBy = "Individutskottet",
            TrainingCourse = "Ett hem att växa i", TrainingSessions = 8, TrainingCompletedOn = new DateOnly(2024, 3, 15),
        };
        var steps = new (RecruitmentState State, string Date)[]
        {
            (RecruitmentState.Inquiry, "2024-01-10"), (RecruitmentState.FirstContact, "2024-01-20"), (RecruitmentState.HomeStudy, "2024-02-01"),
            (RecruitmentState.Training, "2024-03-01"), (RecruitmentState.Approved, "2024-04-01"), (RecruitmentState.Available, "2024-04-01"),
        };
        home.Steps = steps.Select((s, i) => new FosterHomeStepRecord { Id = Guid.NewGuid(), HomeId = home.Id, Sequence = i + 1, State = s.State, Date = DateOnly.Parse(s.Date, System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        db.Add(home);
        await db.SaveChangesAsync(Ct);
        return new Setup(email, member.Id, home.Id, code);
    }

    /// <summary>The member's social worker registers a placement through the API; returns its id and child reference.</summary>
    private async Task<(Guid Id, string ChildRef)> PlaceAsync(HttpClient worker, Setup s, string birth, string start)
    {
        var personnummer = Personnummer(birth);
        var created = await worker.PostAsJsonAsync("/api/foster-care/placements", new
        {
            homeId = s.HomeId, childName = "Barn " + Guid.NewGuid().ToString("N")[..8], childPersonnummer = personnummer, start, legalBasis = "SoL",
        }, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        return (id, await db.Set<FosterPlacementRecord>().Where(p => p.Id == id).Select(p => p.ChildRef).SingleAsync(Ct));
    }

    /// <summary>A valid, fictional personnummer for someone born on <paramref name="birth"/> (YYYY-MM-DD).</summary>
    private static string Personnummer(string birth)
    {
        var payload = birth.Replace("-", "", StringComparison.Ordinal)[2..] + Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return birth.Replace("-", "", StringComparison.Ordinal) + payload[6..] + Luhn.CheckDigit(payload);
    }

    private async Task<int> MonthsOfAsync(Guid memberId)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        return await db.Set<FosterFeeMonthRecord>().CountAsync(m => m.MemberId == memberId, Ct);
    }

    [Fact]
    public async Task FeeMonth_Approved_IsPaidToTheHomesAccount_ClosedForGood_AndCorrectedInTheNextMonth()
    {
        var s = await MemberAndHomeAsync("212000-2643", registryAccount: true); // Sollefteå kommun
        using var staff = await app.SignInAsync(Staff);
        using var worker = await app.SignInAsync(s.Email);

        // The unit records the household's account; a wrong check digit is refused, naming the field.
        var bad = await staff.PutAsJsonAsync($"/api/foster-care/homes/{s.HomeId}/payee-account", new { payeeName = "Anna och Per Berg", accountKind = "Iban", accountNumber = "SE4550000000058398257467" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("has wrong check digits", JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").GetProperty("AccountNumber")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsJsonAsync($"/api/foster-care/homes/{s.HomeId}/payee-account", new { payeeName = "X", accountKind = "Bankgiro", accountNumber = "50501055" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/foster-care/homes/{s.HomeId}/payee-account",
            new { payeeName = "Anna och Per Berg", accountKind = "Iban", accountNumber = "SE45 5000 0000 0583 9825 7466" }, Ct)).StatusCode);

        var (placement, child) = await PlaceAsync(worker, s, "2017-09-01", "2025-02-10");

        // March 2025: 7 years on 1 March, band 7–12 år of the demo table, a whole month.
        var preview = JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/fee-payments/month?month=2025-03", Ct)).RootElement;
        Assert.False(preview.GetProperty("approved").GetBoolean());
        Assert.Equal(0, preview.GetProperty("problems").GetArrayLength());
        Assert.Equal([9_800m, 5_900m], preview.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()));
        Assert.Contains("hela månaden", preview.GetProperty("lines")[0].GetProperty("explanation").GetString(), StringComparison.Ordinal);

        using var approved = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-03", null, Ct);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
        var view = JsonDocument.Parse(await approved.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(view.GetProperty("approved").GetBoolean());
        Assert.Equal(9_800m + 5_900m, view.GetProperty("total").GetDecimal());
        var marchLines = view.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToList();

        using var again = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-03", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("2025-03 is already approved", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await MonthsOfAsync(s.MemberId));

        // The payment file: valid by the ISO 20022 schema, from the member's registry account to the home's IBAN.
        var pain = await worker.GetByteArrayAsync("/api/foster-care/fee-payments/pain001?month=2025-03", Ct);
        await Pain001Schema.ValidateAsync(pain, Ct);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(pain));
        XNamespace ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
        var payment = Assert.Single(xml.Descendants(ns + "CdtTrfTxInf"));
        Assert.Equal("15700.00", payment.Element(ns + "Amt")!.Element(ns + "InstdAmt")!.Value);
        Assert.Equal("SE4550000000058398257466", payment.Descendants(ns + "IBAN").Single().Value);
        Assert.Equal("Anna och Per Berg", payment.Element(ns + "Cdtr")!.Element(ns + "Nm")!.Value);
        Assert.Contains(xml.Descendants(ns + "DbtrAcct").Descendants(), e => e.Value == "50501055");
        Assert.DoesNotContain(child, Encoding.UTF8.GetString(pain), StringComparison.Ordinal); // the bank is not told the child
        // The voucher: read back and balanced, the total on the cost side.
        var sie = SieReader.Read(await worker.GetByteArrayAsync("/api/foster-care/fee-payments/sie?month=2025-03", Ct), "sie");
        var voucher = Assert.Single(sie.Vouchers);
        Assert.True(voucher.IsBalanced);
        Assert.Equal(15_700m, voucher.Transactions.Where(t => t.Amount.Amount > 0).Sum(t => t.Amount.Amount));
        Assert.Equal(pain, await worker.GetByteArrayAsync("/foster-care/fee-payments?month=2025-03&handler=Pain001", Ct)); // the page's link: the same bytes

        // Closed in the database too.
        await app.AssertRefusedAsync((db, ct) => db.Set<FosterFeeMonthRecord>().Where(m => m.MemberId == s.MemberId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Total, 0m), ct),
            "An approved fee month is closed");
        await app.AssertRefusedAsync((db, ct) => db.Set<FosterFeePaymentLineRecord>().Where(l => l.PlacementId == placement).ExecuteDeleteAsync(ct),
            "A fee line of an approved month is closed");
        await app.AssertRefusedAsync((db, ct) => db.Set<FosterFeeMonthFilesRecord>().Where(f => db.Set<FosterFeeMonthRecord>().Any(m => m.Id == f.FeeMonthId && m.MemberId == s.MemberId)).ExecuteUpdateAsync(f => f.SetProperty(x => x.Sie, Array.Empty<byte>()), ct),
            "The payment files of an approved fee month are kept");

        // Nobody else: another member, the unit, sees nothing of the month; the unit sees that it was approved.
        using var timra = await app.SignInAsync(TimraWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await timra.GetAsync("/api/foster-care/fee-payments/pain001?month=2025-03", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/foster-care/fee-payments/pain001?month=2025-03", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/foster-care/fee-payments/month?month=2025-03", Ct)).StatusCode);
        foreach (var url in new[] { "/api/foster-care/fee-payments/month?month=2025-03", "/api/foster-care/fee-payments", "/foster-care/fee-payments?month=2025-03" })
        {
            var body = await timra.GetStringAsync(url, Ct);
            Assert.DoesNotContain(child, body, StringComparison.Ordinal);
            Assert.DoesNotContain(s.HomeCode, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Sollefteå", body, StringComparison.Ordinal);
        }
        var list = await staff.GetStringAsync("/api/foster-care/fee-payments", Ct);
        Assert.Contains("\"month\":\"2025-03\"", list, StringComparison.Ordinal);
        Assert.Contains("Sollefteå kommun", list, StringComparison.Ordinal);
        foreach (var url in new[] { "/api/foster-care/fee-payments", "/foster-care/fee-payments" })
            Assert.DoesNotContain(child, await staff.GetStringAsync(url, Ct), StringComparison.Ordinal);

        // Ended retroactively on 15 March: April pays nothing for April and takes back what March paid too much.
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2025-03-15", reason = "Flyttade hem" }, Ct)).StatusCode);
        var april = JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/fee-payments/month?month=2025-04", Ct)).RootElement;
        var corrections = april.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([4_741.94m /* 9 800 × 15/31 */ - 9_800m, 2_854.84m /* 5 900 × 15/31 */ - 5_900m], corrections.Select(c => c.GetProperty("amount").GetDecimal()));
        Assert.Equal(marchLines, corrections.Select(c => c.GetProperty("correctsLineId").GetGuid()));
        Assert.All(corrections, c => Assert.StartsWith("Rättelse av 2025-03: nu: ", c.GetProperty("explanation").GetString(), StringComparison.Ordinal));

        // Nothing to pay: the month still closes (so that May can follow), without a payment file.
        using var aprilApproved = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-04", null, Ct);
        Assert.True(aprilApproved.StatusCode == HttpStatusCode.OK, await aprilApproved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/api/foster-care/fee-payments/pain001?month=2025-04", Ct)).StatusCode);
        Assert.Equal(2, await MonthsOfAsync(s.MemberId));
        using var closed = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-02", null, Ct);
        Assert.Contains("2025-02 is before the latest approved month 2025-04", await closed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/fee-payments?month=2025-04", Ct));
        Assert.Contains("Rättelse av 2025-03", page, StringComparison.Ordinal);
        Assert.Contains(child, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NegativeMonth_IsSetOffAgainstTheHomesNextMonth_AndThePaymentFilePaysTheRemainder()
    {
        var s = await MemberAndHomeAsync("212000-2650", registryAccount: true); // Örnsköldsviks kommun
        using var staff = await app.SignInAsync(Staff);
        using var worker = await app.SignInAsync(s.Email);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/foster-care/homes/{s.HomeId}/payee-account",
            new { payeeName = "Lisa och Jon Holm", accountKind = "Bankgiro", accountNumber = "5050-1055" }, Ct)).StatusCode);
        var (first, _) = await PlaceAsync(worker, s, "2017-09-01", "2025-02-10");
        using (var march = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-03", null, Ct))
            Assert.True(march.StatusCode == HttpStatusCode.OK, await march.Content.ReadAsStringAsync(Ct));

        // Ended retroactively on 15 March: April deducts more than it pays; the home is paid nothing and owes the rest.
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/foster-care/placements/{first}/end", new { end = "2025-03-15", reason = "Flyttade hem" }, Ct)).StatusCode);
        const decimal april = (4_741.94m /* 9 800 × 15/31 */ - 9_800m) + (2_854.84m /* 5 900 × 15/31 */ - 5_900m); // −5 058,06 − 3 045,16
        using (var approved = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-04", null, Ct))
        {
            Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
            var home = Assert.Single(JsonDocument.Parse(await approved.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("homes").EnumerateArray());
            Assert.Equal((april, 0m), (home.GetProperty("total").GetDecimal(), home.GetProperty("paid").GetDecimal()));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/api/foster-care/fee-payments/pain001?month=2025-04", Ct)).StatusCode);

        // The member sees what its home still owes; the unit's staff and another member see no deficits.
        var owed = Assert.Single(JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/fee-payments", Ct)).RootElement.GetProperty("openDeficits").EnumerateArray());
        Assert.Equal((s.HomeCode, "2025-04", -april), (owed.GetProperty("homeCode").GetString(), owed.GetProperty("fromMonth").GetString(), owed.GetProperty("owed").GetDecimal()));
        Assert.Equal(0, JsonDocument.Parse(await staff.GetStringAsync("/api/foster-care/fee-payments", Ct)).RootElement.GetProperty("openDeficits").GetArrayLength());
        using var timra = await app.SignInAsync(TimraWorker);
        Assert.DoesNotContain(s.HomeCode, await timra.GetStringAsync("/api/foster-care/fee-payments", Ct), StringComparison.Ordinal);
        var owedPage = WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/fee-payments", Ct));
        Assert.Contains("Vad hemmen är skyldiga", owedPage, StringComparison.Ordinal);
        Assert.Contains("8\u00A0103,22", owedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Vad hemmen är skyldiga", await staff.GetStringAsync("/foster-care/fee-payments", Ct), StringComparison.Ordinal);

        // A new child in the home from May: May pays its fees less April's deficit, one carried line for the home.
        await PlaceAsync(worker, s, "2017-10-01", "2025-05-01");
        var may = JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/fee-payments/month?month=2025-05", Ct)).RootElement;
        var carried = Assert.Single(may.GetProperty("lines").EnumerateArray(), l => l.GetProperty("paymentKind").GetString() == "CarriedDeficit");
        Assert.Equal((april, "2025-04", JsonValueKind.Null), (carried.GetProperty("amount").GetDecimal(), carried.GetProperty("forMonth").GetString(), carried.GetProperty("placementId").ValueKind));
        Assert.Equal("Avräkning av underskott från 2025-04: \u22128\u00A0103,22\u00A0kr", carried.GetProperty("explanation").GetString());
        const decimal remainder = 9_800m + 5_900m + april; // 9 800 + 5 900 − 8 103,22
        using (var approved = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-05", null, Ct))
        {
            Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
            var view = JsonDocument.Parse(await approved.Content.ReadAsStringAsync(Ct)).RootElement;
            Assert.Equal(remainder, Assert.Single(view.GetProperty("homes").EnumerateArray()).GetProperty("paid").GetDecimal());
            Assert.Single(view.GetProperty("lines").EnumerateArray(), l => l.GetProperty("paymentKind").GetString() == "CarriedDeficit"); // as approved, read back
        }
        var pain = await worker.GetByteArrayAsync("/api/foster-care/fee-payments/pain001?month=2025-05", Ct);
        await Pain001Schema.ValidateAsync(pain, Ct);
        XNamespace ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
        var payment = Assert.Single(XDocument.Parse(Encoding.UTF8.GetString(pain)).Descendants(ns + "CdtTrfTxInf"));
        Assert.Equal(remainder.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), payment.Element(ns + "Amt")!.Element(ns + "InstdAmt")!.Value);
        var sie = SieReader.Read(await worker.GetByteArrayAsync("/api/foster-care/fee-payments/sie?month=2025-05", Ct), "sie");
        Assert.Equal(remainder, Assert.Single(sie.Vouchers).Transactions.Where(t => t.Amount.Amount > 0).Sum(t => t.Amount.Amount));

        // Settled: nothing is owed any more; the carried line is closed in the database like the others; the page shows it.
        Assert.Equal(0, JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/fee-payments", Ct)).RootElement.GetProperty("openDeficits").GetArrayLength());
        await app.AssertRefusedAsync((db, ct) => db.Set<FosterFeeCarriedDeficitRecord>().Where(c => c.HomeId == s.HomeId).ExecuteDeleteAsync(ct),
            "A carried deficit of an approved fee month is closed");
        var page = WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/fee-payments?month=2025-05", Ct));
        Assert.Contains("Avräkning av underskott från 2025-04", page, StringComparison.Ordinal);
        Assert.Contains("<td>Avräkning</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_WithoutAccountsOrTable_OrBeforeTheMonthBegins_IsRefusedNamingEach_AndNothingIsWritten()
    {
        var s = await MemberAndHomeAsync("212000-2387", registryAccount: false); // Ånge kommun, no account in the registry
        using var worker = await app.SignInAsync(s.Email);
        var (_, child) = await PlaceAsync(worker, s, "2012-05-05", "2025-05-01");

        using var refused = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2025-05", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.Contains($"home {s.HomeCode} has no payee account", errors.GetProperty("month")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Ånge kommun has no payee account in the registry to pay from: record it on the organisation", errors.GetProperty("DebtorAccount")[0].GetString());

        using var early = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2099-01", null, Ct);
        Assert.Contains("2099-01 has not begun", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var noTable = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=2019-01", null, Ct);
        Assert.Contains("no fee table is in force on 2019-01-01", await noTable.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var noMonth = await worker.PostAsync("/api/foster-care/fee-payments/approval?month=maj", null, Ct);
        Assert.Contains("'maj' is not a month (YYYY-MM)", await noMonth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await MonthsOfAsync(s.MemberId));

        // The page shows why, and the unit's staff cannot approve for a member.
        var page = WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/fee-payments?month=2025-05", Ct));
        Assert.Contains($"hem {s.HomeCode} har inget mottagarkonto", page, StringComparison.Ordinal); // the page in Swedish, the API in English
        Assert.Contains(child, page, StringComparison.Ordinal);
        using var staff = await app.SignInAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/foster-care/fee-payments/approval?month=2025-05", null, Ct)).StatusCode);
        var staffPage = await staff.GetStringAsync("/foster-care/fee-payments?month=2025-05", Ct);
        Assert.DoesNotContain(child, staffPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisteredHome_WithAPayeeAccount_KeepsItNormalised_AndABadOneIsRefusedWithNothingWritten()
    {
        Guid municipality;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            municipality = await db.Organisations.Where(o => o.OrganisationNumber == "212000-2643").Select(o => o.Id).SingleAsync(Ct);
        }
        var code = "FR-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        object Home(string account) => new
        {
            code, type = "FamilyHome", municipalityId = municipality, address = "Byvägen 2, Sollefteå", places = 2, minAge = 0, maxAge = 12, acceptsSiblings = false,
            inquiryDate = "2025-01-10", adult1Name = "Eva Ek", adult1Personnummer = Personnummer("1980-03-14"),
            payeeName = "Eva och Olle Ek", payeeAccountKind = "Plusgiro", payeeAccountNumber = account,
        };
        using var staff = await app.SignInAsync(Staff);

        var bad = await staff.PostAsJsonAsync("/api/foster-care/homes", Home("4123452"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("plusgiro number '4123452' has a wrong check digit",
            JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").GetProperty("PayeeAccountNumber")[0].GetString());
        await using (var scope = app.CreateScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeRecord>().AnyAsync(h => h.Code == code, Ct));
        }

        var created = await staff.PostAsJsonAsync("/api/foster-care/homes", Home("41 23 45-1"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var payee = JsonDocument.Parse(await staff.GetStringAsync(created.Headers.Location!.OriginalString + "/payee-account", Ct)).RootElement;
        Assert.Equal(("Eva och Olle Ek", "Plusgiro", "4123451"),
            (payee.GetProperty("payeeName").GetString(), payee.GetProperty("accountKind").GetString(), payee.GetProperty("accountNumber").GetString()));
        using var timra = await app.SignInAsync(TimraWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await timra.GetAsync(created.Headers.Location!.OriginalString + "/payee-account", Ct)).StatusCode);
    }
}
