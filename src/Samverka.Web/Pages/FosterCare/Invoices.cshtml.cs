using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.FosterCare;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The cost-share invoices the user may see, with XML download, printable page, and (staff) credit notes.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class InvoicesModel(ListCostInvoices list, IssueCreditNote credit, FosterCareAccess access, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<ListCostInvoices.Item>> Columns { get; } =
    [
        new("Number", i => i.Number, "number", i => $"/foster-care/invoices/{i.Id}"),
        new("Kind", i => i.Kind == CostInvoiceKind.Invoice ? Text.Translate("Invoice") : Text.Translate("Credit note"), "kind"),
        new("Member", i => i.MemberName, "member"),
        new("Period", i => i.Period, "period"),
        new("Issued", i => FosterCareView.Date(i.IssueDate), "issued"),
        new("Due", i => FosterCareView.Date(i.DueDate)),
        new("Amount", i => FosterCareView.Amount(i.Amount), "amount", Value: i => i.Amount),
        new("Credited by", i => i.CreditedBy ?? i.Credits ?? ""),
        new("XML", i => Text.Translate("Download XML"), null, i => $"/api/foster-care/invoices/{i.Id}/xml"),
    ];

    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    [BindProperty(SupportsGet = true)] public bool Done { get; set; }

    public TableView Table { get; private set; } = null!;

    public bool CanCredit { get; private set; }

    public IReadOnlyList<ListCostInvoices.Item> Creditable { get; private set; } = [];

    public IReadOnlyList<FieldView> CreditFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["credit.InvoiceId"] = Text.Translate("Invoice"), ["credit.Reason"] = Text.Translate("Why it is credited"), ["credit.IssueDate"] = Text.Translate("Issue date"), ["credit.Amount"] = Text.Translate("Amount to credit (kr)"),
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await LoadAsync(cancellationToken);
        if (FosterCareView.Export(items, Columns, Request, "fakturor") is { } file)
        {
            await audit.WriteAsync(HttpContext.Actor(), AuditActions.Export, "FosterCareInvoice", null, $"{TableQuery.Export(Request)}: {items.Count} invoices", cancellationToken);
            return file;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCreditAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var reason = Request.Form["credit.Reason"].ToString();
            var date = DateOnly.TryParseExact(Request.Form["credit.IssueDate"].ToString(), "yyyy-MM-dd", out var d) ? d : (DateOnly?)null;
            if (!Guid.TryParse(Request.Form["credit.InvoiceId"], out var id))
                throw new InputProblemsException(new InputProblem("credit", null, "InvoiceId", "Choose the invoice to credit."));
            var amountText = Request.Form["credit.Amount"].ToString().Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
            decimal? amount = amountText.Length == 0 ? null
                : decimal.TryParse(amountText, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a
                : throw new InputProblemsException(new InputProblem("credit", null, "Amount", $"'{amountText}' is not an amount"));
            if (await credit.HandleAsync(id, new IssueCreditNote.Request(reason, date, amount), HttpContext.Actor(), cancellationToken) is null) return NotFound();
            return Redirect("/foster-care/invoices?done=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "credit");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task<IReadOnlyList<ListCostInvoices.Item>> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        var items = await list.HandleAsync(actor, Period, cancellationToken);
        Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Invoices and credit notes"));
        CanCredit = (await access.UnitAsync(actor, cancellationToken: cancellationToken))?.IsStaff == true;
        Creditable = items.Where(i => i.Kind == CostInvoiceKind.Invoice && i.Uncredited > 0).ToList();
        string? V(string n) => Request.HasFormContentType ? Request.Form["credit." + n].ToString() : null;
        CreditFields =
        [
            FieldView.For(ModelState, "credit.InvoiceId", Labels["credit.InvoiceId"], V("InvoiceId")) with
            {
                Type = "select", Required = true, Options = [("", Text.Translate("Choose an invoice")), .. Creditable.Select(i => (i.Id.ToString(), $"{i.Number} {i.MemberName} {FosterCareView.Amount(i.Uncredited)}"))],
            },
            FieldView.For(ModelState, "credit.Reason", Labels["credit.Reason"], V("Reason")) with { Required = true },
            FieldView.For(ModelState, "credit.Amount", Labels["credit.Amount"], V("Amount")) with { Hint = Text.Translate("Empty: all that remains uncredited.") },
            FieldView.For(ModelState, "credit.IssueDate", Labels["credit.IssueDate"], V("IssueDate")) with { Type = "date", Hint = Text.Translate("Empty: today.") },
        ];
        return items;
    }
}
