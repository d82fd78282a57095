using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Modules.PaymentFiles;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The unit's staff record where a home's fees are paid: the household's name and its bankgiro, plusgiro or IBAN.</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class HomePayeeAccountModel(GetHomePayeeAccount get, SetHomePayeeAccount set) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public GetHomePayeeAccount.Result Payee { get; private set; } = null!;

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["payee.PayeeName"] = Text.Translate("Payee (the household's name as the bank shows it)"),
        ["payee.AccountKind"] = Text.Translate("Account kind"),
        ["payee.AccountNumber"] = Text.Translate("Account number"),
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        string? F(string n) => Request.Form["payee." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        var kind = Enum.TryParse<PaymentAccountKind>(F("AccountKind"), out var k) ? k : (PaymentAccountKind?)null;
        try
        {
            if (!await set.HandleAsync(id, new SetHomePayeeAccount.Request(F("PayeeName"), kind, F("AccountNumber")), HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect($"/foster-care/homes/{id}/payee-account?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "payee");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } payee) return false;
        Payee = payee;
        string? V(string n, string? stored) => Request.HasFormContentType ? Request.Form["payee." + n].ToString() : stored;
        FieldView F(string n, string? stored) => FieldView.For(ModelState, "payee." + n, Labels["payee." + n], V(n, stored)) with { Required = true };
        Fields =
        [
            F("PayeeName", payee.PayeeName) with { Autocomplete = "off" },
            F("AccountKind", payee.AccountKind?.ToString()) with
            {
                Type = "select",
                Options = [("", Text.Translate("Choose")), (nameof(PaymentAccountKind.Bankgiro), "Bankgiro"), (nameof(PaymentAccountKind.Plusgiro), "Plusgiro"), (nameof(PaymentAccountKind.Iban), "IBAN")],
            },
            F("AccountNumber", payee.AccountNumber) with { Hint = Text.Translate("Bankgiro 1234-5678, plusgiro 4 12 34-5 or IBAN SE45 5000 …; the check digits are checked.") },
        ];
        return true;
    }
}
