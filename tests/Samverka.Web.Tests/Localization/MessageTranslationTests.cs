using System.Text;
using System.Text.RegularExpressions;
using Samverka.Web.Localization;

namespace Samverka.Web.Tests.Localization;

/// <summary>Every message the code can show a user has a Swedish template, and every template keeps its values.</summary>
public sealed partial class MessageTranslationTests
{
    /// <summary>Keys whose Swedish leaves a value out on purpose (an English plural ending).</summary>
    private static readonly HashSet<string> DropsAValue = ["placements {0} overlap on {1}: {2} children at once in a home with {3} place{4}"];

    [Fact]
    public void EveryMessageInTheCode_HasASwedishTranslation()
    {
        var missing = MessageExtractor.FromRepository().Messages
            .Where(m => !Swedish.Translations.ContainsKey(m.Template))
            .GroupBy(m => m.Template).Select(g => g.First())
            .ToList();
        if (missing.Count == 0) return;
        var paste = new StringBuilder($"{missing.Count} messages have no Swedish translation. Paste these into the part of their module and write the Swedish:");
        foreach (var area in missing.GroupBy(m => m.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            paste.AppendLine().AppendLine().AppendLine($"// src/Samverka.Web/Localization/Swedish.Messages.{area.Key}.cs (Messages{area.Key})");
            foreach (var m in area) paste.AppendLine($"        [{Quote(m.Template)}] = \"\", // {m.File}:{m.Line}");
        }
        Assert.Fail(paste.ToString());
    }

    [Fact]
    public void EveryMessageTemplate_KeepsItsValues_AndIsLongEnoughToMatch()
    {
        var wrong = new List<string>();
        foreach (var (english, swedish) in MessageParts())
        {
            var en = Numbers(english);
            var sv = Numbers(swedish);
            if (!sv.IsSubsetOf(en) || !DropsAValue.Contains(english) && !en.SetEquals(sv))
                wrong.Add($"{english} → {swedish}: placeholders {string.Join(",", en)} in English, {string.Join(",", sv)} in Swedish");
            if (en.Count > 0 && MessageTemplate.TryCreate(english, swedish)!.LiteralLength < MessageTemplates.MinimumLiteralLength)
                wrong.Add($"{english}: too little literal text to be used as a template");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryMessageTemplate_FilledWithValues_TranslatesBackToItsOwnSwedish()
    {
        // Each template filled with one-word values must come back as its own Swedish: if another key matched first,
        // two messages would be ambiguous and one would be shown with the wrong Swedish.
        using var _ = UiCulture.Swedish();
        var wrong = new List<string>();
        foreach (var (english, swedish) in MessageParts().Where(p => Numbers(p.English).Count > 0))
        {
            var values = Enumerable.Range(0, Numbers(english).Max() + 1).Select(n => (object?)$"V{n}x").ToArray();
            var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, english, values);
            var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, swedish, values);
            if (Text.TranslateMessage(message) is var got && got != expected) wrong.Add($"{message} → {got}, expected {expected}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Extractor_FindsTheMessagesOfEveryKindOfConstruction()
    {
        var found = MessageExtractor.FromRepository().Messages.Select(m => m.Template).ToHashSet();
        Assert.Contains("Not a valid personnummer: {0}.", found);                               // throw new InputProblemsException(new InputProblem(..., $"..."))
        Assert.Contains("month {0} does not exist", found);                                      // out string error
        Assert.Contains("a fee table takes effect on the first of a month, not {0}", found);     // target-typed new(...)
        Assert.Contains("'{0}' is not a date of the form YYYY-MM-DD", found);                     // a Func<string, InputProblem> parameter
        Assert.Contains("appears more than once in the file", found);                            // row.Problem(column, message)
        Assert.Contains("Round {0} was closed by {1} on {2} and cannot change; a correction is a new decision in an open round.", found); // : base(...)
        Assert.Contains("No such application.", found);                                          // GrantNotFoundException
        Assert.Contains("the term ends ({0}) before it starts ({1})", found);                     // string.Create with a format specifier
        Assert.Contains("a line must start with a #label, '{{' or '}}', not '{0}'", found);       // braces in an interpolated string
        Assert.Contains("cannot go from {0} to {1}; {2}", found);                                // returned by a method the sink calls
        Assert.Contains("allowed next: {0}", found);                                             // a local text in a message's hole
        Assert.Contains("is required", found);                                                   // an out parameter passed on with !
        Assert.DoesNotContain(found, t => t.Contains(":yyyy", StringComparison.Ordinal));
        // What it cannot see (messages passed in from elsewhere, made by a method) stays a short, known list.
        var unseen = MessageExtractor.FromRepository().Unseen;
        Assert.True(unseen.Count <= 8, "The extractor cannot read these messages:\n" + string.Join("\n", unseen));
    }

    private static IEnumerable<(string English, string Swedish)> MessageParts() =>
        typeof(Swedish).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(f => f.Name.StartsWith("Messages", StringComparison.Ordinal) && f.FieldType == typeof(Dictionary<string, string>))
            .SelectMany(f => ((Dictionary<string, string>)f.GetValue(null)!).Select(e => (e.Key, e.Value)));

    private static HashSet<int> Numbers(string template) =>
        Placeholder().Matches(template.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
