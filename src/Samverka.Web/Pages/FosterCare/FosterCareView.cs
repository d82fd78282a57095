using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Rules.FosterCare;
using Samverka.Web.Localization;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>Names, amounts and tables for the foster-care pages.</summary>
public static class FosterCareView
{
    public static string Name(HomeType t) => Text.IsEnglish ? t switch
    {
        HomeType.FamilyHome => "Family home", HomeType.EmergencyHome => "Emergency home", _ => "Reinforced family home",
    } : FosterCareNames.Of(t);

    public static string Name(RecruitmentState s) => Text.IsEnglish ? s switch
    {
        RecruitmentState.Inquiry => "Inquiry", RecruitmentState.FirstContact => "First contact", RecruitmentState.HomeStudy => "Home study",
        RecruitmentState.Training => "Training", RecruitmentState.Approved => "Approved", RecruitmentState.Available => "Available",
        RecruitmentState.Occupied => "Occupied", RecruitmentState.Paused => "Paused", _ => "Ended",
    } : FosterCareNames.Of(s);

    public static string Name(Urgency u) => Text.IsEnglish ? u switch { Urgency.Planned => "Planned", Urgency.Urgent => "Urgent", _ => "Emergency" } : FosterCareNames.Of(u);

    public static string Name(LegalBasis b) => FosterCareNames.Of(b);

    public static string Name(FeeKind k) => Text.IsEnglish ? (k == FeeKind.Fee ? "Fee" : "Expense allowance") : FosterCareNames.Of(k);

    public static string Name(SupportKind k) => Text.IsEnglish ? k switch
    {
        SupportKind.IndividualSupervision => "Individual supervision", SupportKind.GroupSupervision => "Group supervision",
        SupportKind.SupportCall => "Support call", _ => "Home visit",
    } : SupportNames.Of(k);

    public static string Name(UsageMeasure m) => Text.IsEnglish ? m switch
    {
        UsageMeasure.PlacementDays => "placement days", UsageMeasure.PlacementCount => "placements", _ => "support hours",
    } : SupportNames.Of(m);

    public static string Amount(decimal amount) => new Money(amount).ToSwedishString();

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";

    public static string Number(decimal value) => value.ToString("#,0.##", Text.IsEnglish ? Text.EnglishCulture : Text.SwedishCulture);

    /// <summary>A whole list as the shared table: sorted in memory by the column's sort key (its text), paged, exportable.</summary>
    public static TableView Table<T>(IReadOnlyList<T> items, IReadOnlyList<TableColumn<T>> columns, HttpRequest request, string caption)
    {
        var query = TableQuery.PageRequest(request);
        return TableView.From(TableQuery.Sort(items, columns, query).ToPage(query), columns, request, caption);
    }

    /// <summary>The export the request asks for (<c>?export=csv|xlsx</c>), or null.</summary>
    public static FileContentResult? Export<T>(IReadOnlyList<T> items, IReadOnlyList<TableColumn<T>> columns, HttpRequest request, string name)
    {
        if (TableQuery.Export(request) is not { } format) return null;
        var sorted = TableQuery.Sort(items, columns, TableQuery.PageRequest(request));
        return TableExport.File(format, columns, sorted, name, name);
    }
}
