using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samverka.Modules;
using Samverka.Modules.Audit;
using Samverka.Modules.FosterCare;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>One invoice as a printable page and as xlsx; the XML is downloaded from the API.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class InvoiceModel(GetCostInvoice get, SamverkaDbContext db, AuditLog audit) : PageModel
{
    public CostInvoiceRecord Invoice { get; private set; } = null!;

    public string SellerName { get; private set; } = "";

    public string BuyerName { get; private set; } = "";

    public string Bankgiro { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), export: false, cancellationToken) is not { } invoice) return NotFound();
        Invoice = invoice;
        var names = await db.Organisations.Where(o => o.Id == invoice.UnitId || o.Id == invoice.MemberId).ToDictionaryAsync(o => o.Id, o => $"{o.Name} ({o.OrganisationNumber})", cancellationToken);
        SellerName = names[invoice.UnitId];
        BuyerName = names[invoice.MemberId];
        Bankgiro = await db.Set<UnitInvoicingRecord>().Where(u => u.UnitId == invoice.UnitId).Select(u => u.Bankgiro).SingleOrDefaultAsync(cancellationToken) ?? "";
        if (TableQuery.Export(Request) is not null)
        {
            await audit.WriteAsync(HttpContext.Actor(), AuditActions.Export, "FosterCareInvoice", invoice.Id.ToString(), $"{invoice.Number} as xlsx", cancellationToken);
            IReadOnlyList<TableColumn<CostInvoiceRecord>> columns =
            [
                new("Number", i => i.Number), new("Seller", _ => SellerName), new("Buyer", _ => BuyerName), new("Period", i => i.Period),
                new("Issued", i => FosterCareView.Date(i.IssueDate)), new("Due", i => FosterCareView.Date(i.DueDate)), new("Amount", i => FosterCareView.Amount(i.Amount), Value: i => i.Amount),
                new("Bankgiro", _ => Bankgiro), new("Basis", i => i.Explanation),
            ];
            return FosterCareView.Export([invoice], columns, Request, invoice.Number)!;
        }
        return Page();
    }
}
