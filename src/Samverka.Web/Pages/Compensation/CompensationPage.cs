using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages.Compensation;

/// <summary>What the compensation pages share: problems beside their fields, display names of kinds.</summary>
public static class CompensationPage
{
    /// <summary>Puts each problem on the field it names (the form's input has that name); problems naming no field of the
    /// form go to the summary.</summary>
    public static void AddProblems(this ModelStateDictionary state, InputProblemsException e, params string[] fields)
    {
        foreach (var p in e.Problems)
            state.AddModelError(fields.Contains(p.Field, StringComparer.Ordinal) ? p.Field : "", p.Message);
    }

    public static string Kind(string kind) => kind switch
    {
        PaymentLineKinds.Ordinary => Text.Translate("Ordinary"),
        PaymentLineKinds.Transition => Text.Translate("Transition month"),
        PaymentLineKinds.Correction => Text.Translate("Correction"),
        _ => kind,
    };

    public static string Amount(decimal amount) => new Money(amount).ToSwedishString();
}
