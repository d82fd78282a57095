using System.Globalization;
using System.Text;
using System.Text.Json;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>A rule set as the command line's rules file (<c>samverka compensation run --rules FILE.json</c>): keys
/// <c>age_rule</c>, <c>age_change_month</c>, <c>proration</c>, <c>transition_months</c>, <c>rates</c>
/// (<c>from</c>, <c>decision</c>, <c>bands</c>: <c>min_age</c>, <c>max_age</c>, <c>monthly</c>).</summary>
/// <remarks>Import and export round-trip with the command line's reader: a file it accepts imports to the same rule set,
/// and an exported file is one it accepts. As there, an unknown key is a problem (a misspelt key is never ignored),
/// <c>age_change_month</c> defaults to 1 and a missing or null <c>max_age</c> is an open band. Problems name the key's
/// path (<c>rates[1].bands[0].monthly</c>).</remarks>
public static class CompensationRulesFile
{
    private static readonly (string Text, AgeRule Value)[] AgeRules =
        [("first-of-month", AgeRule.FirstOfMonth), ("end-of-month", AgeRule.EndOfMonth), ("year-turning", AgeRule.YearTurning)];

    private static readonly (string Text, Proration Value)[] Prorations = [("any-day", Proration.AnyDay), ("by-day", Proration.ByDay)];

    public static string AgeRuleText(AgeRule rule) => AgeRules.First(r => r.Value == rule).Text;

    public static string ProrationText(Proration proration) => Prorations.First(p => p.Value == proration).Text;

    /// <summary>The rules file for a rule set: UTF-8 JSON, indented, amounts with two decimals.</summary>
    public static string Write(CompensationRuleSet rules)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("age_rule", AgeRuleText(rules.AgeRule));
            json.WriteNumber("age_change_month", rules.AgeChangeMonth);
            json.WriteString("proration", ProrationText(rules.Proration));
            json.WriteNumber("transition_months", rules.TransitionMonths);
            json.WriteStartArray("rates");
            foreach (var version in rules.Rates.OrderBy(v => v.From))
            {
                json.WriteStartObject();
                json.WriteString("from", version.From.ToString());
                json.WriteString("decision", version.Decision);
                json.WriteStartArray("bands");
                foreach (var band in version.Bands.OrderBy(b => b.MinAge))
                {
                    json.WriteStartObject();
                    json.WriteNumber("min_age", band.MinAge);
                    if (band.MaxAge is { } max) json.WriteNumber("max_age", max);
                    else json.WriteNull("max_age");
                    json.WritePropertyName("monthly");
                    json.WriteRawValue(band.Monthly.ToString("0.00", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a rules file; every problem (JSON and rule checks, <see cref="CompensationRuleSet.Validate"/>) is listed.</summary>
    /// <exception cref="InputProblemsException">The file is not a usable rule set.</exception>
    public static CompensationRuleSet Read(string text, string source)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InputProblemsException(new InputProblem(source, (int)(e.LineNumber ?? 0) + 1, "(json)", "not valid JSON"));
        }
        using (document)
        {
            var problems = new List<InputProblem>();
            var reader = new Reader(source, problems);
            var rules = reader.RuleSet(document.RootElement);
            if (rules is not null && problems.Count == 0)
                problems.AddRange(rules.Validate().Select(p => p with { Source = source }));
            if (problems.Count > 0 || rules is null)
                throw new InputProblemsException(problems.Count > 0 ? problems : [new InputProblem(source, null, "(json)", "not a rule set")]);
            return rules;
        }
    }

    private sealed class Reader(string source, List<InputProblem> problems)
    {
        public CompensationRuleSet? RuleSet(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) { Fail("(json)", "the rule set must be a JSON object"); return null; }
            var keys = Members(root, "", "age_rule", "age_change_month", "proration", "transition_months", "rates");
            var ageRule = Required(keys, "", "age_rule") is { } ar ? Enum(ar, "age_rule", AgeRules) : null;
            int? ageChangeMonth = keys.TryGetValue("age_change_month", out var acm) && acm.ValueKind != JsonValueKind.Null ? Integer(acm, "age_change_month") : 1;
            var proration = Required(keys, "", "proration") is { } pr ? Enum(pr, "proration", Prorations) : null;
            var transition = Required(keys, "", "transition_months") is { } tm ? Integer(tm, "transition_months") : null;
            var rates = new List<RateVersion>();
            var ratesOk = true;
            if (Required(keys, "", "rates") is { } r)
            {
                if (r.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in r.EnumerateArray())
                        if (Version(item, $"rates[{i++}]") is { } v) rates.Add(v);
                        else ratesOk = false;
                }
                else { Fail("rates", "must be a list of rate versions"); ratesOk = false; }
            }
            if (ageRule is null || ageChangeMonth is null || proration is null || transition is null || !ratesOk) return null;
            return new CompensationRuleSet(ageRule.Value, ageChangeMonth.Value, proration.Value, transition.Value, rates) { Source = source };
        }

        private RateVersion? Version(JsonElement o, string path)
        {
            if (o.ValueKind != JsonValueKind.Object) { Fail(path, "a rate version must be an object with from, decision and bands"); return null; }
            var keys = Members(o, path + ".", "from", "decision", "bands");
            CalendarMonth? from = null;
            if (Required(keys, path + ".", "from") is { } f)
            {
                if (f.ValueKind == JsonValueKind.String && CalendarMonth.TryParse(f.GetString(), out var m)) from = m;
                else Fail(path + ".from", $"{f.GetRawText()} is not a month of the form YYYY-MM");
            }
            string? decision = null;
            if (Required(keys, path + ".", "decision") is { } d)
            {
                if (d.ValueKind == JsonValueKind.String) decision = d.GetString();
                else Fail(path + ".decision", "must be a text such as \"KS 2007-06-14 § 98\"");
            }
            var bands = new List<AgeBand>();
            var ok = true;
            if (Required(keys, path + ".", "bands") is { } b)
            {
                if (b.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in b.EnumerateArray())
                        if (Band(item, $"{path}.bands[{i++}]") is { } band) bands.Add(band);
                        else ok = false;
                }
                else { Fail(path + ".bands", "must be a list of age bands"); ok = false; }
            }
            else ok = false;
            if (from is null || decision is null || !ok) return null;
            return new RateVersion(from.Value, decision, bands);
        }

        private AgeBand? Band(JsonElement o, string path)
        {
            if (o.ValueKind != JsonValueKind.Object) { Fail(path, "an age band must be an object with min_age, max_age and monthly"); return null; }
            var keys = Members(o, path + ".", "min_age", "max_age", "monthly");
            var min = Required(keys, path + ".", "min_age") is { } mn ? Integer(mn, path + ".min_age") : null;
            int? max = null;
            var maxOk = true;
            if (keys.TryGetValue("max_age", out var mx) && mx.ValueKind != JsonValueKind.Null)
            {
                max = Integer(mx, path + ".max_age");
                maxOk = max is not null;
            }
            decimal? monthly = null;
            if (Required(keys, path + ".", "monthly") is { } am)
            {
                if (am.ValueKind == JsonValueKind.Number && decimal.TryParse(am.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) monthly = value;
                else Fail(path + ".monthly", $"{am.GetRawText()} is not an amount (a JSON number such as 10120.00)");
            }
            if (min is null || !maxOk || monthly is null) return null;
            return new AgeBand(min.Value, max, monthly.Value);
        }

        private Dictionary<string, JsonElement> Members(JsonElement o, string prefix, params string[] known)
        {
            var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var p in o.EnumerateObject())
            {
                if (!known.Contains(p.Name, StringComparer.Ordinal)) Fail(prefix + p.Name, $"unknown key (expected {string.Join(", ", known)})");
                else if (!result.TryAdd(p.Name, p.Value)) Fail(prefix + p.Name, "is given twice");
            }
            return result;
        }

        private JsonElement? Required(Dictionary<string, JsonElement> keys, string prefix, string key)
        {
            if (keys.TryGetValue(key, out var v) && v.ValueKind != JsonValueKind.Null) return v;
            Fail(prefix + key, "is missing");
            return null;
        }

        private int? Integer(JsonElement e, string key)
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var value) && !e.GetRawText().Contains('.', StringComparison.Ordinal)) return value;
            Fail(key, $"{e.GetRawText()} is not a whole number");
            return null;
        }

        private T? Enum<T>(JsonElement e, string key, (string Text, T Value)[] values) where T : struct
        {
            if (e.ValueKind == JsonValueKind.String)
                foreach (var (text, value) in values)
                    if (text == e.GetString()) return value;
            Fail(key, $"{e.GetRawText()} is not one of {string.Join(", ", values.Select(v => v.Text))}");
            return null;
        }

        private void Fail(string field, string message) => problems.Add(new InputProblem(source, null, field, message));
    }
}
