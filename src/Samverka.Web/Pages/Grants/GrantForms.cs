using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samverka.Modules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages.Grants;

/// <summary>Form fields shared by the Grants pages.</summary>
public static class GrantForms
{
    /// <summary>The fields of a decision (body, date, reference, title) under <paramref name="prefix"/>, e.g. <c>Input.Decision</c>.</summary>
    public static IReadOnlyList<FieldView> Decision(ModelStateDictionary state, string prefix, DecisionInput input) =>
    [
        FieldView.For(state, prefix + ".Body", Text.Translate("Decided by"), input.Body) with { Required = true, Hint = Text.Translate("E.g. Socialnämnden") },
        FieldView.For(state, prefix + ".Date", Text.Translate("Decision date"), input.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) with { Type = "date", Required = true },
        FieldView.For(state, prefix + ".Reference", Text.Translate("Reference"), input.Reference) with { Required = true, Hint = Text.Translate("E.g. the minutes paragraph: SN 2026-11-19 § 98") },
        FieldView.For(state, prefix + ".Title", Text.Translate("Title"), input.Title),
    ];

    public static string? Amount(decimal? amount) => amount?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
