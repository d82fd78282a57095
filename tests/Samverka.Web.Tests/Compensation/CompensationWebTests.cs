using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules.Compensation;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Web.Tests.Compensation;

/// <summary>The compensation module over real HTTP: pages and API, the payment month from preview to files, and what a
/// provider's users may see (their own payments, nothing of other providers').</summary>
public abstract class CompensationWebTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Month = "2026-11"; // the demo's first month: any month may be approved first

    private static readonly string[] MunicipalityPages =
        ["/compensation/providers", "/compensation/children", "/compensation/children/enroll", "/compensation/import", "/compensation/rules", "/compensation/settings",
         "/compensation/what-if"];

    /// <summary>Approves the demo month once (the app, and so its database, is shared by the collection's tests).</summary>
    private async Task EnsureApprovedAsync()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        using var response = await officer.PostAsync($"/api/compensation/months/{Month}/approve", null, Ct);
        if (response.StatusCode == HttpStatusCode.OK) return;
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(body.Contains("already approved", StringComparison.Ordinal), $"{response.StatusCode}: {body}");
    }

    [Fact]
    public async Task EveryPage_ForGrantOfficer_AnswersInSwedishWithEveryStringTranslated()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var child = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/children", Ct)).RootElement[0].GetProperty("id").GetString();
        var ruleSet = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement[0].GetProperty("id").GetString();
        var provider = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/providers", Ct)).RootElement[0].GetProperty("id").GetString();
        foreach (var path in MunicipalityPages.Concat(["/compensation", "/compensation/months", "/compensation/cost-coverage", "/compensation/cost-coverage/report", $"/compensation/months/{Month}", "/compensation/months/2026-12",
                     $"/compensation/children/{child}", $"/compensation/rules/{ruleSet}", $"/compensation/providers/{provider}"]))
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    [Fact]
    public async Task Preview_ShowsEachLineWithItsSwedishExplanation()
    {
        using var client = await app.SignInAsync("controller@samverka.demo");
        var html = await client.GetStringAsync("/compensation/months/2026-12", Ct);
        Assert.Contains("enligt taxa från 2026-01 (KS 2025-12-10 § 212)", html);
        Assert.Contains("Solrosens familjenätverk", html);
        Assert.DoesNotContain("Attestera 2026-12", html); // a controller reads, a grant officer approves
    }

    [Fact]
    public async Task ApprovedMonth_ExportsValidPain001AndBalancedSie_AndRefusesASecondApproval()
    {
        await EnsureApprovedAsync();
        using var client = await app.SignInAsync("handlaggare@samverka.demo");

        using var again = await client.PostAsync($"/api/compensation/months/{Month}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already approved", await again.Content.ReadAsStringAsync(Ct));

        var view = JsonDocument.Parse(await client.GetStringAsync($"/api/compensation/months/{Month}", Ct)).RootElement;
        Assert.True(view.GetProperty("approved").GetBoolean());
        var total = view.GetProperty("providers").EnumerateArray().Sum(p => p.GetProperty("total").GetDecimal());

        var pain = await client.GetByteArrayAsync($"/api/compensation/months/{Month}/pain001", Ct);
        var xml = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(pain));
        XNamespaceCheck(xml, total, view.GetProperty("providers").GetArrayLength());
        await Pain001Schema.ValidateAsync(pain, Ct);

        var sie = SieReader.Read(await client.GetByteArrayAsync($"/api/compensation/months/{Month}/sie", Ct), "sie");
        var voucher = Assert.Single(sie.Vouchers);
        Assert.True(voucher.IsBalanced);
        Assert.Equal(total, voucher.Transactions.Where(t => t.Amount.Amount > 0).Sum(t => t.Amount.Amount));

        // Closed for good, in the database too: neither the month nor its lines can be changed or deleted.
        await app.AssertRefusedAsync((db, ct) => db.Set<PaymentMonth>().Where(m => m.Month == Month).ExecuteUpdateAsync(m => m.SetProperty(x => x.ApprovedBy, "someone else"), ct),
            "An approved payment month is closed");
        await app.AssertRefusedAsync((db, ct) => db.Set<PaymentLine>().Where(l => l.ForMonth == Month).ExecuteUpdateAsync(l => l.SetProperty(x => x.Amount, 0m), ct),
            "A payment line of an approved month is closed");
        await app.AssertRefusedAsync((db, ct) => db.Set<PaymentLine>().Where(l => l.ForMonth == Month).ExecuteDeleteAsync(ct), "A payment line of an approved month is closed");
        Assert.Equal(pain, await client.GetByteArrayAsync($"/compensation/months/{Month}?handler=pain001", Ct)); // the page's link: the same bytes

        // The files were made at approval and kept: new payee accounts in the registry (the providers' and the
        // municipality's) or the municipality's new cost account change what later months pay, never the files of this one.
        var sieBytes = await client.GetByteArrayAsync($"/api/compensation/months/{Month}/sie", Ct);
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Samverka.Modules.SamverkaDbContext>();
            var paid = view.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("providerId").GetGuid()).Append(await db.Organisations
                .Where(o => o.OrganisationNumber == CompensationDemoData.MunicipalityNumber).Select(o => o.Id).SingleAsync(Ct)).ToList();
            var organisations = await db.Organisations.Where(o => paid.Contains(o.Id)).ToListAsync(Ct);
            var settings = await db.Set<CompensationSettings>().ToListAsync(Ct);
            var accounts = organisations.ToDictionary(o => o.Id, o => (o.PayeeAccountKind, o.PayeeAccountNumber));
            var costAccounts = settings.ToDictionary(x => x.MunicipalityId, x => x.CostAccount);
            organisations.ForEach(o => (o.PayeeAccountKind, o.PayeeAccountNumber) = (PaymentAccountKind.Bankgiro, "50501055"));
            settings.ForEach(x => x.CostAccount = "4599");
            await db.SaveChangesAsync(Ct);
            try
            {
                Assert.Equal(pain, await client.GetByteArrayAsync($"/api/compensation/months/{Month}/pain001", Ct));
                Assert.Equal(sieBytes, await client.GetByteArrayAsync($"/api/compensation/months/{Month}/sie", Ct));
                Assert.DoesNotContain("50501055", Encoding.UTF8.GetString(pain), StringComparison.Ordinal);
            }
            finally
            {
                organisations.ForEach(o => (o.PayeeAccountKind, o.PayeeAccountNumber) = accounts[o.Id]);
                settings.ForEach(x => x.CostAccount = costAccounts[x.MunicipalityId]);
                await db.SaveChangesAsync(Ct);
            }
        }
        await app.AssertRefusedAsync((db, ct) => db.Set<PaymentMonthFiles>().ExecuteDeleteAsync(ct), "The payment files of an approved month are kept");
    }

    [Fact]
    public async Task ProviderAndSettingsPages_ShowTheRegistrysAccountsReadOnly_ChangedOnTheOrganisation()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        var number = TestNumbers.Organisation();
        using var created = await officer.PostAsJsonAsync("/api/organisations", new
        {
            organisationNumber = number, name = $"Nätverket {number}", kind = "Provider", payeeAccountKind = "Bankgiro", payeeAccountNumber = "5050-1055",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();

        // The approval is the decision only; account fields sent by an old client are not read.
        using var approval = await officer.PutAsJsonAsync($"/api/compensation/providers/{id}/approval",
            new { approvedFrom = "2026-01-01", decision = "BUN 2025-12-09 § 7", accountKind = "Plusgiro", accountNumber = "48123-4" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, approval.StatusCode);
        var listed = JsonDocument.Parse(await officer.GetStringAsync("/api/compensation/providers", Ct)).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal(("Bankgiro", "50501055"), (listed.GetProperty("account").GetProperty("kind").GetString(), listed.GetProperty("account").GetProperty("number").GetString()));
        Assert.Equal("BUN 2025-12-09 § 7", listed.GetProperty("approval").GetProperty("decision").GetString());

        var page = await officer.GetStringAsync($"/compensation/providers/{id}", Ct);
        Assert.Contains("Bankgiro 50501055", page);
        Assert.Contains($"href=\"/organisations/{id}/edit\"", page);
        Assert.DoesNotContain("name=\"AccountNumber\"", page);
        using (var edit = await officer.GetAsync($"/organisations/{id}/edit", Ct)) Assert.Equal(HttpStatusCode.OK, edit.StatusCode); // the officer may edit it

        // Changed in the registry, the provider's page follows.
        using var changed = await officer.PutAsJsonAsync($"/api/organisations/{id}", new
        {
            organisationNumber = number, name = $"Nätverket {number}", kind = "Provider", payeeAccountKind = "Iban", payeeAccountNumber = "SE45 5000 0000 0583 9825 7466",
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("IBAN SE4550000000058398257466", await officer.GetStringAsync($"/compensation/providers/{id}", Ct));

        var settings = await officer.GetStringAsync("/compensation/settings", Ct);
        Assert.Contains("Bankgiro 50501550", settings); // Exempelstads kommun's payee account in the registry
        Assert.DoesNotContain("name=\"DebtorAccountNumber\"", settings);
        using var controller = await app.SignInAsync("controller@samverka.demo");
        var readOnly = await controller.GetStringAsync("/compensation/settings", Ct);
        Assert.Contains("Bankgiro 50501550", readOnly);
        Assert.DoesNotContain("/edit\"", readOnly); // a controller changes neither the settings nor the organisation
    }

    private static void XNamespaceCheck(System.Xml.Linq.XDocument xml, decimal total, int providers)
    {
        System.Xml.Linq.XNamespace ns = Pain001Writer.NamespaceUri;
        Assert.Equal(total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), xml.Descendants(ns + "CtrlSum").First().Value);
        Assert.Equal(providers, xml.Descendants(ns + "CdtTrfTxInf").Count()); // one payment per provider
    }

    [Fact]
    public async Task ProviderUser_OnEveryPageAndEndpoint_SeesOnlyItsOwnPayments()
    {
        await EnsureApprovedAsync();
        using var provider = await app.SignInAsync("anordnare@samverka.demo");

        var page = await provider.GetStringAsync($"/compensation/months/{Month}", Ct);
        Assert.Contains("Solrosens familjenätverk", page);
        foreach (var other in new[] { "Lärkans", "Ekorrens", "Humlans" }) Assert.DoesNotContain(other, page);
        Assert.DoesNotContain("pain001", page);
        var view = JsonDocument.Parse(await provider.GetStringAsync($"/api/compensation/months/{Month}", Ct)).RootElement;
        Assert.All(view.GetProperty("lines").EnumerateArray(), l => Assert.Equal("769699-0014", l.GetProperty("providerNumber").GetString()));
        Assert.NotEqual(0, view.GetProperty("lines").GetArrayLength());
        var csv = await provider.GetStringAsync($"/compensation/months/{Month}?handler=export&format=csv", Ct);
        Assert.DoesNotContain("769699-0022", csv);
        Assert.Contains("769699-0014", csv);
        var months = await provider.GetStringAsync("/compensation/months", Ct);
        Assert.DoesNotContain("2026-12", months); // no preview of open months

        foreach (var path in MunicipalityPages.Append("/compensation/months/2026-12"))
        {
            using var response = await provider.GetAsync(path, Ct);
            Assert.True(Denied(response) || response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode} {response.Headers.Location}");
        }
        foreach (var path in new[] { "/api/compensation/providers", "/api/compensation/children", "/api/compensation/rule-sets", $"/api/compensation/months/{Month}/pain001",
                     $"/api/compensation/months/{Month}/sie", "/api/compensation/months/2026-12" })
        {
            using var response = await provider.GetAsync(path, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        using var approve = await provider.PostAsync("/api/compensation/months/2026-12/approve", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        using var pain = await provider.GetAsync($"/compensation/months/{Month}?handler=pain001", Ct);
        Assert.True(Denied(pain), pain.StatusCode.ToString());
    }

    [Fact]
    public async Task Import_WithBadRows_Answers400ListingEveryRowAndWritesNothing()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var before = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/children", Ct)).RootElement.GetArrayLength();
        var csv = "child_id;birth_date;provider_id;start_date;end_date;notice_date\n"
            + "WEB-1;2024-03-01;769699-0014;2026-01-01;;\n"
            + "WEB-2;2024-03-01;556677-8899;2026-01-01;;\n"
            + "WEB-3;2024-03-01;769699-0014;2026-01-01;2025-12-01;\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await client.PostAsync("/api/compensation/enrollments/import?fileName=barn.csv", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("source").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("field").GetString())).ToList();
        Assert.Equal([("barn.csv", 3, "provider_id"), ("barn.csv", 4, "end_date")], problems);
        Assert.Equal(before, JsonDocument.Parse(await client.GetStringAsync("/api/compensation/children", Ct)).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task RulesFile_ExportedFromTheApi_ImportsBackAsAnEqualRuleSet()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var id = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement[0].GetProperty("id").GetString();
        var json = await client.GetStringAsync($"/api/compensation/rule-sets/{id}/rules.json", Ct);

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var created = await client.PostAsync($"/api/compensation/rule-sets/import?name=Kopia {Guid.NewGuid():N}", content, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(json, await client.GetStringAsync(created.Headers.Location, Ct));
    }

    [Fact]
    public async Task WhatIf_ComparesTwoRuleSetsWithAnAccessibleChartPerProvider()
    {
        using var client = await app.SignInAsync("namnd@samverka.demo");
        var sets = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("id").GetString());
        var html = await client.GetStringAsync($"/compensation/what-if?a={sets["Gällande regler"]}&b={sets["Förslag: en åldersgrupp för alla"]}&from=2026-01&to=2027-12", Ct);

        Assert.Contains("id=\"comparison\"", html);
        Assert.Equal(4, html.Split("role=\"img\"").Length - 1); // one chart per provider
        Assert.Contains("<title id=\"chart-0-title\">Månadsintäkt för", html);
        Assert.Contains("<desc id=\"chart-0-desc\">", html);
        Assert.Contains("Diagrammets siffror som tabell", html);
        Assert.Contains("2027-12", html);
    }

    [Fact]
    public async Task WhatIfApi_ShowsWhatPayingTwoProvidersCostsWithAndWithoutTransitionMonths()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        async Task<string> ImportAsync(int transitionMonths)
        {
            // One band for every age, so that each double-paid month costs the same.
            var json = $$"""
                {"age_rule": "first-of-month", "age_change_month": 1, "proration": "by-day", "transition_months": {{transitionMonths}},
                 "rates": [{"from": "2024-01", "decision": "Test", "bands": [{"min_age": 0, "max_age": 6, "monthly": 9000.00}]}]}
                """;
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var created = await officer.PostAsync($"/api/compensation/rule-sets/import?name=Övergång {transitionMonths} {Guid.NewGuid():N}", content, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return created.Headers.Location!.OriginalString.Split('/')[^2];
        }
        var none = await ImportAsync(0);
        var three = await ImportAsync(3);
        using var committee = await app.SignInAsync("namnd@samverka.demo");

        var result = JsonDocument.Parse(await committee.GetStringAsync($"/api/compensation/what-if?a={none}&b={three}&from=2026-10&to=2026-12", Ct)).RootElement;

        // The demo's three movers give notice in October 2026 and start at the next network on 1 November: under B their old
        // network is paid November and December while the new one pays too; without transition months nothing is paid twice.
        Assert.Equal(0, result.GetProperty("doublePaymentA").GetProperty("childMonths").GetInt32());
        Assert.Equal(0m, result.GetProperty("doublePaymentA").GetProperty("amount").GetDecimal());
        Assert.Equal(3 * 2, result.GetProperty("doublePaymentB").GetProperty("childMonths").GetInt32());
        Assert.Equal(3 * 2 * 9000.00m, result.GetProperty("doublePaymentB").GetProperty("amount").GetDecimal());
        Assert.Equal(3 * 2 * 9000.00m, result.GetProperty("doublePaymentDifference").GetDecimal());
        Assert.Equal(["2026-10", "2026-11", "2026-12"], result.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        var providers = result.GetProperty("providers").EnumerateArray().ToList();
        Assert.Equal(result.GetProperty("totalB").GetDecimal() - result.GetProperty("totalA").GetDecimal(), providers.Sum(p => p.GetProperty("difference").GetDecimal()));
        Assert.All(providers, p => Assert.Equal(3, p.GetProperty("monthlyA").GetArrayLength()));
        Assert.Equal(3 * 2 * 9000.00m, providers.Sum(p => p.GetProperty("doublePaymentB").GetProperty("amount").GetDecimal()));

        using var bad = await committee.GetAsync($"/api/compensation/what-if?a={none}&from=2026-13&to=2026-12", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Equal(["b", "from"], fields);
        using var provider = await app.SignInAsync("anordnare@samverka.demo");
        using var denied = await provider.GetAsync($"/api/compensation/what-if?a={none}&b={three}&from=2026-10&to=2026-12", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = await committee.GetStringAsync($"/compensation/what-if?a={none}&b={three}&from=2026-10&to=2026-12", Ct);
        Assert.Contains("id=\"double-payment\"", html);
        Assert.Contains("Dubbelbetalning under övergångsperioder", html);
    }

    [Fact]
    public async Task CostCoverage_ProviderReportsItsOwnAccounts_AndSeesOnlyThem()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        using var provider = await app.SignInAsync("anordnare@samverka.demo"); // Solrosen, 769699-0014
        static JsonContent Account(string number, string staff) => JsonContent.Create(new
        {
            providerNumber = number, year = "2025", places = "8", staffCosts = staff, premisesCosts = "120000", foodCosts = "40000", otherCosts = "0",
            bands = new[] { new { minAge = "0", maxAge = "3", childMonths = "60" }, new { minAge = "4", maxAge = "6", childMonths = "30" } },
        });

        using var larkan = await officer.PutAsync("/api/compensation/annual-accounts", Account("769699-0022", "900000"), Ct);
        using var own = await provider.PutAsync("/api/compensation/annual-accounts", Account("769699-0014", "800000"), Ct);
        using var other = await provider.PutAsync("/api/compensation/annual-accounts", Account("769699-0022", "1"), Ct);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.BadRequest), (larkan.StatusCode, own.StatusCode, other.StatusCode));
        Assert.Contains("\"field\":\"ProviderNumber\"", await other.Content.ReadAsStringAsync(Ct));
        var mine = JsonDocument.Parse(await provider.GetStringAsync("/api/compensation/cost-coverage?year=2025", Ct)).RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, r => Assert.Equal("769699-0014", r.GetProperty("providerNumber").GetString()));
        var all = JsonDocument.Parse(await officer.GetStringAsync("/api/compensation/cost-coverage?year=2025", Ct)).RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(all, r => r.GetProperty("providerNumber").GetString() == "769699-0022");
        foreach (var r in all)
        {
            Assert.Equal(Math.Round(r.GetProperty("totalCosts").GetDecimal() / (60 + 30), 2, MidpointRounding.AwayFromZero), r.GetProperty("costPerChildMonth").GetDecimal());
            if (r.GetProperty("paidChildMonths").GetInt32() is var paid and > 0)
                Assert.Equal(Math.Round(r.GetProperty("grant").GetDecimal() / paid, 2, MidpointRounding.AwayFromZero), r.GetProperty("grantPerChildMonth").GetDecimal());
        }
        Assert.Equal(800_000m + 120_000m + 40_000m, mine[0].GetProperty("totalCosts").GetDecimal());
        var page = await provider.GetStringAsync("/compensation/cost-coverage?year=2025", Ct);
        Assert.Contains("Solrosens familjenätverk", page);
        Assert.DoesNotContain("Lärkans", page);
        // A page past the end shows the last page (Solrosen's second band), as every table paged in memory does.
        static string Body(string html) => System.Text.RegularExpressions.Regex.Match(html, "<tbody>(.*?)</tbody>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var last = Body(await provider.GetStringAsync("/compensation/cost-coverage?year=2025&size=1&page=999", Ct));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(last, "<tr[ >]"));
        Assert.Contains("4-6", last);
        Assert.Equal(last, Body(await provider.GetStringAsync("/compensation/cost-coverage?year=2025&size=1&page=2", Ct)));
        var csv = await officer.GetStringAsync("/compensation/cost-coverage?year=2025&export=csv", Ct);
        Assert.Contains("Lärkans", csv);

        using var controller = await app.SignInAsync("controller@samverka.demo");
        using var denied = await controller.PutAsync("/api/compensation/annual-accounts", Account("769699-0022", "1"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task AnnualAccountsImport_WithBadRows_Answers400ListingEveryCellAndWritesNothing()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        var csv = "provider_id;year;places;staff_costs;premises_costs;food_costs;other_costs;min_age;max_age;child_months\n"
            + "769699-0030;2024;5;500000;0;0;0;0;3;40\n"
            + "556677-8899;2024;5;500000;0;0;0;0;3;40\n"
            + "769699-0030;2024;;;;;;4;x;10\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await officer.PostAsync("/api/compensation/annual-accounts/import?fileName=bokslut.csv", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("source").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("field").GetString())).OrderBy(p => p.Item2).ToList();
        Assert.Equal([("bokslut.csv", 3, "provider_id"), ("bokslut.csv", 4, "max_age")], problems);
        var rows = JsonDocument.Parse(await officer.GetStringAsync("/api/compensation/cost-coverage?year=2024", Ct)).RootElement.GetProperty("rows");
        Assert.DoesNotContain(rows.EnumerateArray(), r => r.GetProperty("providerNumber").GetString() == "769699-0030");
    }

    [Fact]
    public async Task RuleSetApi_EditsRuleSetsAndVersionsWithThePagesChecks()
    {
        await EnsureApprovedAsync();
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        var name = $"API {Guid.NewGuid():N}";
        using var created = await officer.PostAsJsonAsync("/api/compensation/rule-sets",
            new { name, ageRule = "FirstOfMonth", ageChangeMonth = 1, proration = "ByDay", transitionMonths = 3, usedForPayments = false }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[^2];

        using var changed = await officer.PutAsJsonAsync($"/api/compensation/rule-sets/{id}",
            new { name, ageRule = "YearTurning", ageChangeMonth = 8, proration = "AnyDay", transitionMonths = 4, usedForPayments = false }, Ct);
        using var added = await officer.PostAsJsonAsync($"/api/compensation/rule-sets/{id}/versions",
            new { from = "2027-01", decision = "KS 2026-12-09 § 1", bands = new[] { new { minAge = "0", maxAge = (string?)"3", monthly = "10 900,00" }, new { minAge = "4", maxAge = (string?)null, monthly = "8000" } } }, Ct);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (changed.StatusCode, added.StatusCode));
        var set = JsonDocument.Parse(await officer.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);
        var version = set.GetProperty("versions")[0].GetProperty("id").GetString();
        using var edited = await officer.PutAsJsonAsync($"/api/compensation/rule-sets/{id}/versions/{version}",
            new { from = "2027-01", decision = "KS 2026-12-09 § 1", bands = new[] { new { minAge = "0", maxAge = "5", monthly = "9500.50" } } }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        var rules = JsonDocument.Parse(await officer.GetStringAsync($"/api/compensation/rule-sets/{id}/rules.json", Ct)).RootElement;
        Assert.Equal(("year-turning", 8, "any-day", 4), (rules.GetProperty("age_rule").GetString(), rules.GetProperty("age_change_month").GetInt32(),
            rules.GetProperty("proration").GetString(), rules.GetProperty("transition_months").GetInt32()));
        var band = Assert.Single(Assert.Single(rules.GetProperty("rates").EnumerateArray()).GetProperty("bands").EnumerateArray());
        Assert.Equal((0, 5, 9500.50m), (band.GetProperty("min_age").GetInt32(), band.GetProperty("max_age").GetInt32(), band.GetProperty("monthly").GetDecimal()));

        using var overlapping = await officer.PostAsJsonAsync($"/api/compensation/rule-sets/{id}/versions",
            new { from = "2028-01", decision = "KS", bands = new[] { new { minAge = "0", maxAge = "3", monthly = "1" }, new { minAge = "3", maxAge = "5", monthly = "1" } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        Assert.Contains("\"field\":\"Bands[0].MinAge\"", await overlapping.Content.ReadAsStringAsync(Ct));
        // The rule set in force has paid 2026-11: its rules and its paid versions do not change.
        var paid = JsonDocument.Parse(await officer.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Gällande regler");
        using var refused = await officer.PutAsJsonAsync($"/api/compensation/rule-sets/{paid.GetProperty("id").GetString()}",
            new { name = "Gällande regler", ageRule = "FirstOfMonth", ageChangeMonth = 1, proration = "ByDay", transitionMonths = 6, usedForPayments = true }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"field\":\"AgeRule\"", await refused.Content.ReadAsStringAsync(Ct));
        var paidVersion = paid.GetProperty("versions").EnumerateArray().First(v => v.GetProperty("hasPaid").GetBoolean()).GetProperty("id").GetString();
        using var refusedVersion = await officer.PutAsJsonAsync($"/api/compensation/rule-sets/{paid.GetProperty("id").GetString()}/versions/{paidVersion}",
            new { from = "2026-01", decision = "KS", bands = new[] { new { minAge = "0", maxAge = "6", monthly = "1" } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refusedVersion.StatusCode);
        Assert.Contains("\"field\":\"From\"", await refusedVersion.Content.ReadAsStringAsync(Ct));
        using var missing = await officer.PutAsJsonAsync($"/api/compensation/rule-sets/{id}/versions/{Guid.NewGuid()}", new { from = "2027-01" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var committee = await app.SignInAsync("namnd@samverka.demo");
        using var denied = await committee.PutAsJsonAsync($"/api/compensation/rule-sets/{id}", new { name }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task BirthDateApi_CorrectsTheChildWithThePagesChecks()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        var key = $"BD-{Guid.NewGuid():N}"[..12];
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"child_id,birth_date,provider_id,start_date,end_date,notice_date\n{key},2025-01-01,769699-0014,2027-01-01,,\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var imported = await officer.PostAsync("/api/compensation/enrollments/import?fileName=barn.csv", content, Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var id = JsonDocument.Parse(await officer.GetStringAsync($"/api/compensation/children?search={key}", Ct)).RootElement[0].GetProperty("id").GetString();

        using var future = await officer.PutAsJsonAsync($"/api/compensation/children/{id}/birth-date", new { birthDate = "2099-01-01" }, Ct);
        using var corrected = await officer.PutAsJsonAsync($"/api/compensation/children/{id}/birth-date", new { birthDate = "2024-12-01" }, Ct);
        using var unknown = await officer.PutAsJsonAsync($"/api/compensation/children/{Guid.NewGuid()}/birth-date", new { birthDate = "2024-12-01" }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (future.StatusCode, corrected.StatusCode, unknown.StatusCode));
        Assert.Contains("\"field\":\"birth_date\"", await future.Content.ReadAsStringAsync(Ct));
        Assert.Equal("2024-12-01", JsonDocument.Parse(await officer.GetStringAsync($"/api/compensation/children/{id}", Ct)).RootElement.GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task ChildPage_EndBeforeStart_IsRefusedInSwedish_NamingTheField()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        var key = $"CP-{Guid.NewGuid():N}"[..12];
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"child_id,birth_date,provider_id,start_date,end_date,notice_date\n{key},2025-01-01,769699-0014,2027-01-01,,\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var imported = await officer.PostAsync("/api/compensation/enrollments/import?fileName=barn.csv", content, Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var id = JsonDocument.Parse(await officer.GetStringAsync($"/api/compensation/children?search={key}", Ct)).RootElement[0].GetProperty("id").GetString();
        var page = $"/compensation/children/{id}";
        var enrollment = System.Text.RegularExpressions.Regex.Match(await officer.GetStringAsync(page, Ct), "id=\"end-([0-9a-f-]{36})\"").Groups[1].Value;

        using var refused = await SamverkaAppFixture.PostFormAsync(officer, page + "?handler=enrollment",
            [new("EnrollmentId", enrollment), new("End", "2026-12-31"), new("Notice", "")], page);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Slut: 2026-12-31 är före start_date 2027-01-01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("end_date", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitteeMember_CanReadButNotApproveOrChange()
    {
        using var client = await app.SignInAsync("namnd@samverka.demo");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compensation/months/2026-12", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/compensation/months/2026-12/approve", null, Ct)).StatusCode);
        Assert.True(Denied(await client.GetAsync("/compensation/import", Ct)));
    }

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;
}
