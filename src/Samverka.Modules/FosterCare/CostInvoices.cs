using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Invoicing;

using static Samverka.Modules.FosterCare.PlacementRecordRules;

namespace Samverka.Modules.FosterCare;

/// <summary>Shared reads of issued cost-share invoices.</summary>
public static class CostInvoices
{
    /// <summary>Whether the period has an invoice that no credit note has corrected.</summary>
    public static async Task<bool> HasOpenInvoicesAsync(SamverkaDbContext db, Guid unitId, string period, CancellationToken ct) =>
        (await OpenInvoicesAsync(db, unitId, period, ct)).Count > 0;

    /// <summary>The unit's invoiced periods that contain <paramref name="day"/> (a year and a month of it may both be
    /// invoiced), each with the number of one of its open invoices, by period.</summary>
    public static async Task<IReadOnlyList<(InvoicingPeriod Period, string Invoice)>> OpenPeriodsContainingAsync(SamverkaDbContext db, Guid unitId, DateOnly day, CancellationToken ct) =>
        (await OpenInvoicesAsync(db, unitId, null, ct))
            .Select(i => (Ok: InvoicingPeriod.TryParse(i.Period, out var p), Period: p!, i.Number))
            .Where(x => x.Ok && x.Period.Days.Contains(day))
            .GroupBy(x => x.Period.Label, StringComparer.Ordinal)
            .Select(g => (g.First().Period, g.Select(x => x.Number).Order(StringComparer.Ordinal).First()))
            .OrderBy(x => x.Period.Label, StringComparer.Ordinal).ToList();

    /// <summary>The unit's invoices (of one period, or of all) that stay open: their credit notes, whole or partial, do
    /// not yet add up to their amount.</summary>
    private static async Task<IReadOnlyList<(string Period, string Number)>> OpenInvoicesAsync(SamverkaDbContext db, Guid unitId, string? period, CancellationToken ct)
    {
        var rows = await db.Set<CostInvoiceRecord>().Where(i => i.UnitId == unitId && (period == null || i.Period == period))
            .Select(i => new { i.Id, i.Kind, i.CreditsId, i.Amount, i.Period, i.Number }).ToListAsync(ct);
        var credited = rows.Where(r => r.CreditsId is not null).GroupBy(r => r.CreditsId!.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        return rows.Where(r => r.Kind == CostInvoiceKind.Invoice && credited.GetValueOrDefault(r.Id) < r.Amount).Select(r => (r.Period, r.Number)).ToList();
    }

    internal static string ToText(XDocument xml)
    {
        var sb = new StringBuilder();
        using (var writer = new Utf8StringWriter(sb)) xml.Save(writer);
        return sb.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }

    internal static async Task<(CostShareSeller Seller, Dictionary<Guid, CostShareBuyer> Buyers, List<InputProblem> Problems)> PartiesAsync(
        SamverkaDbContext db, FosterCareAccess access, Guid unitId, CancellationToken ct)
    {
        const string s = "invoicing";
        var problems = new List<InputProblem>();
        var unit = await access.OrganisationAsync(unitId, ct);
        var settings = await db.Set<UnitInvoicingRecord>().SingleOrDefaultAsync(x => x.UnitId == unitId, ct);
        if (settings is null) problems.Add(new(s, null, "seller", "the unit has no invoicing details (bankgiro, reference, address)"));
        Bankgiro? bankgiro = null;
        if (settings is not null && !Bankgiro.TryParse(settings.Bankgiro, out bankgiro, out var error)) problems.Add(new(s, null, "bankgiro", error));
        var agreements = await db.Set<MemberAgreementRecord>().Where(a => a.UnitId == unitId).ToListAsync(ct);
        var buyers = new Dictionary<Guid, CostShareBuyer>();
        foreach (var m in await access.MembersAsync(unitId, ct))
        {
            var agreement = agreements.Where(a => a.MemberId == m.Id).MaxBy(a => a.Start); // the latest, when a member rejoined
            var email = agreement?.InvoiceEmail is { Length: > 0 } e ? e : m.Email;
            if (!PeppolUblWriter.IsEmailAddress(email)) { problems.Add(new(s, null, "email", $"{m.Name} has no invoice e-mail address")); continue; }
            buyers[m.Id] = new CostShareBuyer(GetCostSplit.MemberCode(m.OrganisationNumber), m.Name, Organisationsnummer.Parse(m.OrganisationNumber), email!, agreement?.BuyerReference);
        }
        if (problems.Count > 0) return (null!, buyers, problems);
        var seller = new CostShareSeller(
            new InvoiceParty(unit.Name, Organisationsnummer.Parse(unit.OrganisationNumber), new InvoiceAddress(settings!.Street, settings.City, settings.PostalCode))
            { ContactName = settings.Reference, Email = settings.ContactEmail },
            bankgiro!, settings.Reference);
        return (seller, buyers, problems);
    }
}

/// <summary>Issues one PEPPOL BIS Billing 3.0 invoice per member with a non-zero share of the period's cost split
/// (<see cref="InvoiceCostShares.Build"/>). All or nothing; a period with invoices not yet credited is refused.</summary>
public sealed class IssueCostInvoices(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Period, CostBasis Basis, DateOnly? IssueDate);

    public async Task<IReadOnlyList<Guid>> HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "invoicing";
        if (!InvoicingPeriod.TryParse(r.Period, out var period))
            throw new InputProblemsException(new InputProblem(s, null, nameof(r.Period), $"'{r.Period}' is not a period (YYYY or YYYY-MM)"));
        if (await CostInvoices.HasOpenInvoicesAsync(db, unit.UnitId, period.Label, cancellationToken))
            throw new InputProblemsException(new InputProblem(s, null, nameof(r.Period), $"{period.Label} is already invoiced; a period is invoiced once (credit an invoice to correct it)"));
        var computed = await GetCostSplit.ComputeFullAsync(db, access, unit.UnitId, period.Label, r.Basis, cancellationToken);
        var problems = computed.Result.Problems.Select(p => new InputProblem(s, null, nameof(r.Period), p)).ToList();
        var (seller, buyers, partyProblems) = await CostInvoices.PartiesAsync(db, access, unit.UnitId, cancellationToken);
        problems.AddRange(partyProblems);
        if (problems.Count > 0 || computed.Allocation is null) throw new InputProblemsException(problems);

        var issue = r.IssueDate ?? clock.Today();
        var memberByCode = buyers.ToDictionary(b => b.Value.MemberId, b => b.Key, StringComparer.Ordinal);
        var previous = await db.Set<CostInvoiceRecord>().Where(i => i.UnitId == unit.UnitId && i.Period == period.Label && i.Kind == CostInvoiceKind.Invoice)
            .Select(i => i.Number).ToListAsync(cancellationToken);
        var ids = new List<Guid>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var invoice in InvoiceCostShares.Build(computed.Allocation, buyers.Values.ToList(), seller, period, issue))
        {
            // A period invoiced again after credit notes: the member's next invoice is <number>-R2, -R3, …
            var earlier = previous.Count(n => n == invoice.Document.Number || n.StartsWith(invoice.Document.Number + "-R", StringComparison.Ordinal));
            var number = earlier == 0 ? invoice.Document.Number : $"{invoice.Document.Number}-R{earlier + 1}";
            var document = invoice.Document with { Number = number };
            var share = computed.Allocation.Shares.Single(x => x.MemberId == invoice.MemberId);
            var row = new CostInvoiceRecord
            {
                Id = Guid.NewGuid(), UnitId = unit.UnitId, MemberId = memberByCode[invoice.MemberId], Period = period.Label, Kind = CostInvoiceKind.Invoice,
                Number = number, IssueDate = issue, DueDate = document.DueDate, Amount = document.Total,
                Explanation = $"{computed.Allocation.Basis} {share.Explanation}", Xml = CostInvoices.ToText(PeppolUblWriter.WriteInvoice(document)), CreatedAt = now,
            };
            db.Add(row);
            ids.Add(row.Id);
            audit.Add(actor, AuditActions.Create, "FosterCareInvoice", row.Id.ToString(), $"{number}: {row.Amount:0.00} SEK");
        }
        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }
}

/// <summary>Corrects an issued invoice with a credit note for its whole amount (issued invoices never change).</summary>
public sealed class IssueCreditNote(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Reason">Why the invoice is credited.</param>
    /// <param name="IssueDate">The credit note's date; null is today.</param>
    /// <param name="Amount">The part to credit; null credits all that remains uncredited.</param>
    public sealed record Request(string? Reason, DateOnly? IssueDate, decimal? Amount = null);

    public async Task<Guid?> HandleAsync(Guid invoiceId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var invoice = await db.Set<CostInvoiceRecord>().SingleOrDefaultAsync(i => i.Id == invoiceId && i.UnitId == unit.UnitId, cancellationToken);
        if (invoice is null) return null;
        const string s = "credit";
        var problems = new List<InputProblem>();
        if (invoice.Kind != CostInvoiceKind.Invoice) problems.Add(new(s, null, "invoice", $"{invoice.Number} is a credit note; only an invoice is credited"));
        var earlier = await db.Set<CostInvoiceRecord>().Where(i => i.CreditsId == invoiceId).Select(i => i.Amount).ToListAsync(cancellationToken);
        var remaining = invoice.Amount - earlier.Sum();
        if (remaining <= 0) problems.Add(new(s, null, "invoice", $"{invoice.Number} is already credited"));
        else if (r.Amount is { } part && (part <= 0 || part != Math.Round(part, 2)))
            problems.Add(new(s, null, nameof(r.Amount), $"a credit is more than 0 with at most two decimals ({Inv(part)})"));
        else if (r.Amount > remaining)
            problems.Add(new(s, null, nameof(r.Amount), $"{Inv(r.Amount)} is more than remains uncredited of {invoice.Number} ({Inv(remaining)} of {Inv(invoice.Amount)})"));
        var amount = r.Amount ?? remaining;
        if (string.IsNullOrWhiteSpace(r.Reason)) problems.Add(new(s, null, nameof(r.Reason), "Enter why the invoice is credited."));
        var (seller, buyers, partyProblems) = await CostInvoices.PartiesAsync(db, access, unit.UnitId, cancellationToken);
        problems.AddRange(partyProblems);
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var buyer = buyers[invoice.MemberId];
        var issue = r.IssueDate ?? clock.Today();
        InvoicingPeriod.TryParse(invoice.Period, out var period);
        var number = invoice.Number + "-K" + (earlier.Count == 0 ? "" : (earlier.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var document = new InvoiceDocument(number, issue, string.IsNullOrWhiteSpace(buyer.Reference) ? seller.Reference : buyer.Reference,
            seller.Party, new InvoiceParty(buyer.Name, buyer.OrganisationNumber, new InvoiceAddress(null, null, null)) { Email = buyer.Email }, seller.Bankgiro,
            [new InvoiceLine($"Kreditering av faktura {invoice.Number}", r.Reason!.Trim(), amount)])
        {
            Period = period?.Days, Note = $"Kreditering av faktura {invoice.Number}: {r.Reason!.Trim()}", Vat = seller.Vat,
        };
        var row = new CostInvoiceRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, MemberId = invoice.MemberId, Period = invoice.Period, Kind = CostInvoiceKind.CreditNote,
            Number = document.Number, CreditsId = invoice.Id, IssueDate = issue, Amount = amount,
            Explanation = amount == invoice.Amount ? r.Reason!.Trim() : $"{r.Reason!.Trim()} (delkreditering {SwedishFormat.Kronor(amount)} av {SwedishFormat.Kronor(invoice.Amount)})",
            Xml = CostInvoices.ToText(PeppolUblWriter.WriteCreditNote(document, new InvoiceReference(invoice.Number, invoice.IssueDate))),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(row);
        audit.Add(actor, AuditActions.Create, "FosterCareInvoice", row.Id.ToString(), $"{row.Number} credits {invoice.Number}: {row.Amount:0.00} SEK");
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }
}

/// <summary>The invoices the actor may see: staff all of the unit's, a member its own.</summary>
public sealed class ListCostInvoices(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record Item(Guid Id, string Number, CostInvoiceKind Kind, Guid MemberId, string MemberName, string Period, DateOnly IssueDate, DateOnly? DueDate,
        decimal Amount, string Explanation, string? CreditedBy, string? Credits, decimal Uncredited = 0);

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, string? period, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return [];
        var query = db.Set<CostInvoiceRecord>().Where(i => i.UnitId == unit.UnitId);
        if (!unit.IsStaff) query = query.Where(i => i.MemberId == unit.MemberId);
        if (!string.IsNullOrWhiteSpace(period)) query = query.Where(i => i.Period == period);
        var rows = await query.Select(i => new { i.Id, i.Number, i.Kind, i.MemberId, i.Period, i.IssueDate, i.DueDate, i.Amount, i.Explanation, i.CreditsId }).ToListAsync(cancellationToken);
        var names = (await access.MembersAsync(unit.UnitId, cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var numbers = rows.ToDictionary(r => r.Id, r => r.Number);
        return rows.Select(i => new Item(i.Id, i.Number, i.Kind, i.MemberId, names.GetValueOrDefault(i.MemberId, "?"), i.Period, i.IssueDate, i.DueDate, i.Amount, i.Explanation,
                rows.Where(c => c.CreditsId == i.Id).Select(c => c.Number).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } notes ? string.Join(", ", notes) : null,
                i.CreditsId is { } c2 ? numbers.GetValueOrDefault(c2) : null,
                i.Kind == CostInvoiceKind.Invoice ? i.Amount - rows.Where(c => c.CreditsId == i.Id).Sum(c => c.Amount) : 0))
            .OrderBy(i => i.Period, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal).ToList();
    }
}

/// <summary>One invoice with its XML, if the actor may see it (staff, or the member it is addressed to); exports are audited.</summary>
public sealed class GetCostInvoice(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public async Task<CostInvoiceRecord?> HandleAsync(Guid id, Actor actor, bool export, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return null;
        var invoice = await db.Set<CostInvoiceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.UnitId == unit.UnitId, cancellationToken);
        if (invoice is null || !(unit.IsStaff || invoice.MemberId == unit.MemberId)) return null;
        if (export) await audit.WriteAsync(actor, AuditActions.Export, "FosterCareInvoice", invoice.Id.ToString(), $"{invoice.Number} as XML", cancellationToken);
        return invoice;
    }
}
