using System.Text;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;
using Samverka.Modules.PaymentFiles;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Tests.Compensation;

/// <summary>A municipality of its own (Härnösand, which has no compensation in the demo data) with two approved
/// providers, the rates of the example (KS 2007-06-14 § 98) and payee accounts in the registry, so that amounts are exact.</summary>
public sealed class CompensationScenario
{
    public const string Vitsippan = "769699-1012";
    public const string Blasippan = "769699-1020";

    public required TestDatabase Db { get; init; }

    public required Actor Officer { get; init; }

    public required Guid MunicipalityId { get; init; }

    public required Guid VitsippanId { get; init; }

    public required Guid BlasippanId { get; init; }

    public required Guid RuleSetId { get; init; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>first-of-month, by-day, 3 transition months; 0-3 år 10 120,00 kr and 4-6 år 7 480,25 kr from 2007-07.</summary>
    public static CompensationRuleSet Rules(int transitionMonths = 3) => new(AgeRule.FirstOfMonth, 1, Proration.ByDay, transitionMonths,
        [new RateVersion(new CalendarMonth(2007, 7), "KS 2007-06-14 § 98", [new AgeBand(0, 3, 10120.00m), new AgeBand(4, 6, 7480.25m)])]);

    public static async Task<CompensationScenario> CreateAsync(TestDatabase db)
    {
        var officer = await db.ActorAsync(Numbers.Harnosand, Roles.GrantOfficer);
        var municipality = officer.OrganisationId!.Value;
        var now = DateTime.UtcNow;
        Organisation Provider(string number, string name, PaymentAccountKind kind, string account) => new()
        {
            Id = Guid.NewGuid(), OrganisationNumber = number, Name = name, Kind = OrganisationKind.Provider, RegisteredById = municipality, CreatedAt = now, UpdatedAt = now,
            PayeeAccountKind = kind, PayeeAccountNumber = account,
        };
        // The accounts are the registry's: each provider's payee account, and the municipality's, which pays.
        var vitsippan = Provider(Vitsippan, "Vitsippans familjenätverk", PaymentAccountKind.Bankgiro, "50501220");
        var blasippan = Provider(Blasippan, "Blåsippans familjenätverk", PaymentAccountKind.Plusgiro, "481234");
        db.Db.Organisations.AddRange(vitsippan, blasippan);
        var harnosand = await db.Db.Organisations.SingleAsync(o => o.Id == municipality, Ct);
        (harnosand.PayeeAccountKind, harnosand.PayeeAccountNumber) = (PaymentAccountKind.Bankgiro, "50501550");
        await db.Db.SaveChangesAsync(Ct);
        var approve = db.Get<SaveProviderApproval>();
        await approve.HandleAsync(vitsippan.Id, new("2006-01-01", "BUN 2005-12-13 § 90"), officer, Ct);
        await approve.HandleAsync(blasippan.Id, new("2006-01-01", "BUN 2005-12-13 § 91"), officer, Ct);
        await db.Get<SaveCompensationSettings>().HandleAsync(new(null, "4590", "2440"), officer, Ct);
        var ruleSetId = await db.Get<RuleSetFiles>().ImportAsync("Gällande regler", CompensationRulesFile.Write(Rules()), "rules.json", officer, Ct);
        return new CompensationScenario
        {
            Db = db, Officer = officer, MunicipalityId = municipality, VitsippanId = vitsippan.Id, BlasippanId = blasippan.Id, RuleSetId = ruleSetId,
        };
    }

    public Task<ImportEnrollments.Result> ImportAsync(string csv, string fileName = "placeringar.csv") =>
        Db.Get<ImportEnrollments>().HandleAsync(new ImportEnrollments.Request(Encoding.UTF8.GetBytes(csv), fileName), Officer, Ct);

    public Task<PaymentMonthView> ApproveAsync(string month) => Db.Get<ApprovePaymentMonth>().HandleAsync(CalendarMonth.Parse(month), Officer, Ct);

    public async Task<PaymentMonthView> PreviewAsync(string month) => (await Db.Get<GetPaymentMonth>().HandleAsync(CalendarMonth.Parse(month), Officer, Ct))!;

    public async Task<Guid> ChildIdAsync(string key) =>
        await Db.FreshContext().Set<CompensationChild>().Where(c => c.Key == key && c.MunicipalityId == MunicipalityId).Select(c => c.Id).SingleAsync(Ct);
}
