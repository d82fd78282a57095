using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Platform;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>The files of an approved payment month: the ISO 20022 pain.001.001.03 payment file (one payment per
/// provider with a positive total) and the SIE 4 voucher that books it. Only approved months are exported; the files
/// are made once, at approval, and kept (<see cref="PaymentMonthFiles"/>), so they are the same bytes however often they
/// are downloaded.</summary>
public sealed class ExportPaymentMonth(SamverkaDbContext db, CompensationAccess access, AuditLog audit)
{
    public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

    public async Task<ExportFile?> Pain001Async(CalendarMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        var files = await FilesAsync(month, actor, cancellationToken);
        if (files is null) return null;
        await audit.WriteAsync(actor, AuditActions.Export, nameof(PaymentMonth), month.ToString(), "pain.001", cancellationToken);
        return new ExportFile($"barnomsorgsbidrag-{month}.pain001.xml", "application/xml", files.Pain001);
    }

    public async Task<ExportFile?> SieAsync(CalendarMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        var files = await FilesAsync(month, actor, cancellationToken);
        if (files is null) return null;
        await audit.WriteAsync(actor, AuditActions.Export, nameof(PaymentMonth), month.ToString(), "SIE 4", cancellationToken);
        return new ExportFile($"barnomsorgsbidrag-{month}.se", "text/plain; charset=ibm437", files.Sie);
    }

    /// <summary>The files kept at approval; a month approved before files were kept gets them made from today's accounts.</summary>
    private async Task<PaymentMonthFiles?> FilesAsync(CalendarMonth month, Actor actor, CancellationToken cancellationToken)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        var text = month.ToString();
        var approved = await db.Set<PaymentMonth>().AsNoTracking().Where(m => m.MunicipalityId == tenant.MunicipalityId && m.Month == text)
            .Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
        if (approved is null) return null;
        return await db.Set<PaymentMonthFiles>().AsNoTracking().SingleOrDefaultAsync(f => f.PaymentMonthId == approved, cancellationToken)
            ?? await MakeAsync(db, tenant.MunicipalityId, month, cancellationToken);
    }

    /// <summary>Makes the pain.001 and SIE 4 files of the approved <paramref name="month"/> from the registry's payee
    /// accounts (the providers' and the municipality's) and the municipality's settings as they are now (approval keeps them, <see cref="PaymentMonthFiles"/>).</summary>
    internal static async Task<PaymentMonthFiles?> MakeAsync(SamverkaDbContext db, Guid municipalityId, CalendarMonth month, CancellationToken cancellationToken)
    {
        var (batch, settings, municipality) = await BatchAsync(db, municipalityId, month, cancellationToken) ?? default;
        if (batch is null) return null;
        var accounts = new PaymentVoucherAccounts(new SieAccount(settings!.CostAccount, settings.CostAccountName), new SieAccount(settings.CreditAccount, settings.CreditAccountName));
        var date = batch.RequestedExecutionDate;
        var voucher = PaymentVoucher.ForBatch(batch, "B", date, $"Barnomsorgsbidrag {month}", accounts);
        var export = new SieExport("1.0", date, batch.Debtor.OrganisationNumber, municipality!, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31),
            PaymentVoucher.AccountsUsed(accounts), [], [], [voucher]);
        return new PaymentMonthFiles { Pain001 = Pain001Writer.ToBytes(batch), Sie = SieWriter.ToBytes(export) };
    }

    private static async Task<(PaymentBatch? Batch, CompensationSettings? Settings, string? Municipality)?> BatchAsync(SamverkaDbContext db, Guid municipalityId, CalendarMonth month, CancellationToken cancellationToken)
    {
        var view = await GetPaymentMonth.ReadApprovedAsync(db, municipalityId, month, null, cancellationToken);
        if (view is null) return null;
        var settings = await db.Set<CompensationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.MunicipalityId == municipalityId, cancellationToken)
            ?? new CompensationSettings { MunicipalityId = municipalityId };
        // Accounts come from the registry: the municipality pays from its payee account, each provider is paid to its own.
        var municipality = await CompensationProviders.MunicipalityAsync(db, municipalityId, cancellationToken);
        var debtorAccount = municipality.PayeeAccount()
            ?? throw new InputProblemsException(new InputProblem($"organisation {municipality.OrganisationNumber}", null, "PayeeAccount",
                $"{municipality.Name} has no payee account in the registry to pay from: record it on the organisation"));
        var accounts = (await CompensationProviders.OfMunicipalityAsync(db, municipalityId, cancellationToken)).ToDictionary(p => p.Id, p => p.Account);
        var payments = new List<CreditTransfer>();
        foreach (var p in view.Providers.Where(p => p.Total > 0))
        {
            Organisationsnummer.TryParse(p.ProviderNumber, out var payee, out _);
            payments.Add(new CreditTransfer(PaymentText.Shorten(p.ProviderName), payee, accounts.GetValueOrDefault(p.ProviderId),
                new Money(p.Total), $"KOMP-{month.Year:D4}{month.Month:D2}-{new string(p.ProviderNumber.Where(char.IsAsciiDigit).ToArray())}",
                Remittance.Text($"Barnomsorgsbidrag {month}, {p.Children} barn")));
        }
        var local = DateOnly.FromDateTime(SwedishTime.ToLocal(view.ApprovedAt!.Value));
        var batch = new PaymentBatch(
            $"KOMP-{month.Year:D4}{month.Month:D2}-{new string(municipality.OrganisationNumber.Where(char.IsAsciiDigit).ToArray())}",
            new DateTimeOffset(DateTime.SpecifyKind(view.ApprovedAt.Value, DateTimeKind.Utc)),
            new PaymentDebtor(PaymentText.Shorten(municipality.Name), Organisationsnummer.Parse(municipality.OrganisationNumber), debtorAccount, settings.DebtorBic),
            local, payments);
        return (batch, settings, municipality.Name);
    }
}
