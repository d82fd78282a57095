using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Samverka.Kernel;
using Samverka.Rules.CostAllocation;

namespace Samverka.Modules.Invoicing;

/// <summary>The period a cost share is invoiced for: a year (<c>2025</c>) or a month (<c>2025-03</c>).</summary>
/// <param name="Label">The period as written; part of the invoice number.</param>
/// <param name="Days">The days of the period, both ends included.</param>
public sealed record InvoicingPeriod(string Label, DateRange Days)
{
    /// <summary>Parses <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out InvoicingPeriod? period)
    {
        period = null;
        if (text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            period = new InvoicingPeriod(text, new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
            return true;
        }
        if (CalendarMonth.TryParse(text, out var month))
        {
            period = new InvoicingPeriod(month.ToString(), month.Days);
            return true;
        }
        return false;
    }
}

/// <summary>A member as buyer of its cost share.</summary>
/// <param name="MemberId">The member id of the allocation.</param>
/// <param name="Name">The member's registered name.</param>
/// <param name="OrganisationNumber">Its organisationsnummer: legal identity and PEPPOL address (0007).</param>
/// <param name="Email">Where the invoice contact is reached.</param>
/// <param name="Reference">The member's own reference for routing (BT-10); the seller's reference is used when null.</param>
public sealed record CostShareBuyer(string MemberId, string Name, Organisationsnummer OrganisationNumber, string Email, string? Reference);

/// <summary>The joint organisation as seller.</summary>
/// <param name="Party">Name, organisationsnummer, address, VAT number, contact.</param>
/// <param name="Bankgiro">Where members pay.</param>
/// <param name="Reference">The seller's reference, used as buyer reference when a member has none.</param>
/// <param name="Vat">VAT category of cost shares; normally not subject to VAT (O).</param>
public sealed record CostShareSeller(InvoiceParty Party, Bankgiro Bankgiro, string Reference, VatTreatment Vat = VatTreatment.NotSubjectToVat);

/// <summary>One member's invoice for its share.</summary>
public sealed record CostShareInvoice(string MemberId, InvoiceDocument Document);

/// <summary>Use case: invoice each member its share of an allocation, one line explaining the basis.</summary>
/// <remarks>
/// <para>The invoice number is <c>&lt;period&gt;-&lt;member id&gt;</c> (e.g. <c>2025-K01</c>): deterministic, and unique
/// per seller across members (ids are unique) and periods (the period is part of it). Running the same period
/// again gives the same numbers: a correction is a credit note plus an invoice under a new number, which this use
/// case does not number yet.</para>
/// <para>Members whose share is zero get no invoice. Payment is due <see cref="PaymentDays"/> days after issue.</para>
/// </remarks>
public static class InvoiceCostShares
{
    /// <summary>Days from issue to due date.</summary>
    public const int PaymentDays = 30;

    /// <summary>The invoice number of a member's share for a period.</summary>
    public static string InvoiceNumber(InvoicingPeriod period, string memberId) => $"{period.Label}-{memberId}";

    /// <summary>Builds one invoice per member with a non-zero share, in allocation order.</summary>
    /// <exception cref="ArgumentException">A member of the allocation has no buyer.</exception>
    public static IReadOnlyList<CostShareInvoice> Build(
        CostAllocationResult allocation, IReadOnlyList<CostShareBuyer> buyers, CostShareSeller seller, InvoicingPeriod period, DateOnly issueDate)
    {
        var byId = buyers.ToDictionary(b => b.MemberId, StringComparer.Ordinal);
        var days = $"{period.Days.Start:yyyy-MM-dd}–{period.Days.End:yyyy-MM-dd}";
        var invoices = new List<CostShareInvoice>();
        foreach (var share in allocation.Shares)
        {
            if (share.Amount == 0) continue;
            if (!byId.TryGetValue(share.MemberId, out var buyer))
                throw new ArgumentException($"Member '{share.MemberId}' has no buyer details.", nameof(buyers));
            var line = new InvoiceLine(
                $"Andel av gemensam kostnad {period.Label}",
                $"Period {days}. {allocation.Basis} {share.Explanation}",
                share.Amount);
            var document = new InvoiceDocument(
                InvoiceNumber(period, share.MemberId),
                issueDate,
                string.IsNullOrWhiteSpace(buyer.Reference) ? seller.Reference : buyer.Reference,
                seller.Party,
                new InvoiceParty(buyer.Name, buyer.OrganisationNumber, new InvoiceAddress(null, null, null)) { Email = buyer.Email },
                seller.Bankgiro,
                [line])
            {
                DueDate = issueDate.AddDays(PaymentDays),
                PaymentTerms = $"Betalning inom {PaymentDays} dagar",
                Period = period.Days,
                Note = $"Kostnadsfördelning {period.Label}: {allocation.Basis}",
                Vat = seller.Vat,
            };
            invoices.Add(new CostShareInvoice(share.MemberId, document));
        }
        return invoices;
    }
}
