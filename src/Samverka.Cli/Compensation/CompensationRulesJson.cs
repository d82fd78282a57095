using System.Globalization;
using System.Text;
using System.Text.Json;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Cli.Compensation;

/// <summary>Reads a compensation rule set from JSON (keys <c>age_rule</c>, <c>age_change_month</c>, <c>proration</c>,
/// <c>transition_months</c>, <c>rates</c>), reporting every problem with the file's line.</summary>
/// <remarks>Unknown keys are problems, so that a misspelt key is not silently ignored. <c>age_change_month</c> defaults
/// to 1 and a missing <c>max_age</c> means an open band, as does <c>null</c>. Comments and trailing commas are allowed.
/// Rule-level checks (overlapping bands, negative amounts) are <see cref="CompensationRuleSet.Validate"/>'s.</remarks>
public static class CompensationRulesJson
{
    public static CompensationRuleSet Parse(string text, string source)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var bytes = Encoding.UTF8.GetBytes(text);
        Node root;
        try
        {
            root = new TreeReader(bytes).ReadDocument();
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            throw new InputProblemsException(new InputProblem(source, (int)(e.LineNumber ?? 0) + 1, "(json)", "not valid JSON: " + message.TrimEnd()));
        }

        var problems = new List<InputProblem>();
        var mapper = new Mapper(source, problems);
        var ruleSet = mapper.RuleSet(root);
        if (problems.Count > 0 || ruleSet is null)
            throw new InputProblemsException(problems.Count > 0 ? problems : [new InputProblem(source, null, "(json)", "not a rule set")]);
        return ruleSet;
    }

    private abstract record Node(int Line);
    private sealed record ObjectNode(int Line, List<(string Key, int Line, Node Value)> Members) : Node(Line);
    private sealed record ArrayNode(int Line, List<Node> Items) : Node(Line);
    private sealed record ValueNode(int Line, JsonTokenType Type, string Raw) : Node(Line);

    /// <summary>A JSON tree whose nodes know their line: <see cref="JsonDocument"/> does not tell.</summary>
    private ref struct TreeReader
    {
        private Utf8JsonReader _reader;
        private readonly int[] _newlines;

        public TreeReader(byte[] bytes)
        {
            _reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var newlines = new List<int>();
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') newlines.Add(i);
            _newlines = newlines.ToArray();
        }

        public Node ReadDocument()
        {
            if (!_reader.Read()) throw new JsonException("the file is empty", null, 0, 0);
            var node = ReadValue();
            if (_reader.Read()) throw new JsonException("more than one value", null, Line - 1, 0);
            return node;
        }

        private readonly int Line
        {
            get
            {
                var index = Array.BinarySearch(_newlines, checked((int)_reader.TokenStartIndex));
                return (index < 0 ? ~index : index) + 1;
            }
        }

        private Node ReadValue()
        {
            var line = Line;
            switch (_reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var members = new List<(string, int, Node)>();
                    while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = _reader.GetString() ?? "";
                        var keyLine = Line;
                        _reader.Read();
                        members.Add((key, keyLine, ReadValue()));
                    }
                    return new ObjectNode(line, members);
                case JsonTokenType.StartArray:
                    var items = new List<Node>();
                    while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue());
                    return new ArrayNode(line, items);
                case JsonTokenType.String:
                    return new ValueNode(line, JsonTokenType.String, _reader.GetString() ?? "");
                default:
                    return new ValueNode(line, _reader.TokenType, Encoding.UTF8.GetString(_reader.ValueSpan));
            }
        }
    }

    private sealed class Mapper(string source, List<InputProblem> problems)
    {
        public CompensationRuleSet? RuleSet(Node root)
        {
            if (root is not ObjectNode o) { Fail(root.Line, "(json)", "the rule set must be a JSON object"); return null; }
            var keys = Members(o, "age_rule", "age_change_month", "proration", "transition_months", "rates");
            var ageRule = Required(o, keys, "age_rule") is { } ar ? Enum(ar, "age_rule", AgeRules) : null;
            var ageChangeMonth = keys.TryGetValue("age_change_month", out var acm) ? Integer(acm.Value, "age_change_month") : 1;
            var proration = Required(o, keys, "proration") is { } pr ? Enum(pr, "proration", Prorations) : null;
            var transition = Required(o, keys, "transition_months") is { } tm ? Integer(tm, "transition_months") : null;
            var rates = new List<RateVersion>();
            if (Required(o, keys, "rates") is { } r)
            {
                if (r is ArrayNode a) rates.AddRange(a.Items.Select(Version).OfType<RateVersion>());
                else Fail(r.Line, "rates", "must be a list of rate versions");
            }
            if (ageRule is null || ageChangeMonth is null || proration is null || transition is null) return null;
            return new CompensationRuleSet(ageRule.Value, ageChangeMonth.Value, proration.Value, transition.Value, rates) { Source = source };
        }

        private RateVersion? Version(Node node)
        {
            if (node is not ObjectNode o) { Fail(node.Line, "rates", "a rate version must be an object with from, decision and bands"); return null; }
            var keys = Members(o, "from", "decision", "bands");
            CalendarMonth? from = null;
            if (Required(o, keys, "from") is { } f)
            {
                if (f is ValueNode { Type: JsonTokenType.String } s && CalendarMonth.TryParse(s.Raw, out var m)) from = m;
                else Fail(f.Line, "from", $"{Show(f)} is not a month of the form YYYY-MM");
            }
            string? decision = null;
            if (Required(o, keys, "decision") is { } d)
            {
                if (d is ValueNode { Type: JsonTokenType.String } s) decision = s.Raw;
                else Fail(d.Line, "decision", "must be a text such as \"KS 2007-06-14 § 98\"");
            }
            var bands = new List<AgeBand>();
            var bandsOk = true;
            if (Required(o, keys, "bands") is { } b)
            {
                if (b is ArrayNode a)
                    foreach (var item in a.Items)
                        if (Band(item) is { } band) bands.Add(band);
                        else bandsOk = false;
                else
                {
                    Fail(b.Line, "bands", "must be a list of age bands");
                    bandsOk = false;
                }
            }
            else bandsOk = false;
            if (from is null || decision is null || !bandsOk) return null;
            return new RateVersion(from.Value, decision, bands) { Location = new InputLocation(source, o.Line) };
        }

        private AgeBand? Band(Node node)
        {
            if (node is not ObjectNode o) { Fail(node.Line, "bands", "an age band must be an object with min_age, max_age and monthly"); return null; }
            var keys = Members(o, "min_age", "max_age", "monthly");
            var min = Required(o, keys, "min_age") is { } mn ? Integer(mn, "min_age") : null;
            int? max = null;
            var maxOk = true;
            if (keys.TryGetValue("max_age", out var mx) && mx.Value is not ValueNode { Type: JsonTokenType.Null })
            {
                max = Integer(mx.Value, "max_age");
                maxOk = max is not null;
            }
            decimal? monthly = null;
            if (Required(o, keys, "monthly") is { } am)
            {
                if (am is ValueNode { Type: JsonTokenType.Number } n
                    && decimal.TryParse(n.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) monthly = value;
                else Fail(am.Line, "monthly", $"{Show(am)} is not an amount (a JSON number such as 10120.00)");
            }
            if (min is null || !maxOk || monthly is null) return null;
            return new AgeBand(min.Value, max, monthly.Value) { Location = new InputLocation(source, o.Line) };
        }

        private Dictionary<string, (int Line, Node Value)> Members(ObjectNode o, params string[] known)
        {
            var result = new Dictionary<string, (int, Node)>(StringComparer.Ordinal);
            foreach (var (key, line, value) in o.Members)
            {
                if (!known.Contains(key, StringComparer.Ordinal))
                    Fail(line, key, $"unknown key (expected {string.Join(", ", known)})");
                else if (!result.TryAdd(key, (line, value)))
                    Fail(line, key, "is given twice");
            }
            return result;
        }

        private Node? Required(ObjectNode o, Dictionary<string, (int Line, Node Value)> keys, string key)
        {
            if (keys.TryGetValue(key, out var v))
            {
                if (v.Value is not ValueNode { Type: JsonTokenType.Null }) return v.Value;
                Fail(v.Line, key, "is missing (null)");
                return null;
            }
            Fail(o.Line, key, "is missing");
            return null;
        }

        private int? Integer(Node node, string key)
        {
            if (node is ValueNode { Type: JsonTokenType.Number } n
                && int.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            Fail(node.Line, key, $"{Show(node)} is not a whole number");
            return null;
        }

        private T? Enum<T>(Node node, string key, (string Text, T Value)[] values) where T : struct
        {
            if (node is ValueNode { Type: JsonTokenType.String } s)
                foreach (var (text, value) in values)
                    if (text == s.Raw) return value;
            Fail(node.Line, key, $"{Show(node)} is not one of {string.Join(", ", values.Select(v => v.Text))}");
            return null;
        }

        private void Fail(int line, string field, string message) => problems.Add(new InputProblem(source, line, field, message));

        private static string Show(Node node) => node switch
        {
            ValueNode { Type: JsonTokenType.String } s => $"\"{s.Raw}\"",
            ValueNode v => v.Raw,
            ArrayNode => "a list",
            _ => "an object",
        };
    }

    private static readonly (string, AgeRule)[] AgeRules =
        [("first-of-month", AgeRule.FirstOfMonth), ("end-of-month", AgeRule.EndOfMonth), ("year-turning", AgeRule.YearTurning)];

    private static readonly (string, Proration)[] Prorations = [("any-day", Proration.AnyDay), ("by-day", Proration.ByDay)];
}
