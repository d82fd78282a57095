using System.Diagnostics;
using Samverka.Web.Localization;

namespace Samverka.Web.Tests.Localization;

/// <summary>Messages that carry values, translated through the templates (the real dictionary, real messages).</summary>
public sealed class MessageTemplateTests
{
    public static TheoryData<string, string> RealMessages => new()
    {
        // exact, no values
        { "the file has no rows", "filen har inga rader" },
        // one value, from a rule (FosterCare fee tables)
        { "a fee table takes effect on the first of a month, not 2026-03-15", "en arvodestabell börjar gälla den första i en månad, inte 2026-03-15" },
        // nested: the reason inside a Kernel personnummer message is itself translated
        { "Not a valid personnummer: month 13 does not exist.", "Inte ett giltigt personnummer: månad 13 finns inte." },
        { "Not a valid personnummer: it has 9 digits; a personnummer has 10 or 12.", "Inte ett giltigt personnummer: det har 9 siffror; ett personnummer har 10 eller 12." },
        // nested twice: an enrollment problem wrapping a date problem
        { "enrollment 2 (child 7 at provider 556677-8899): '2026-13-01' is not a date of the form YYYY-MM-DD",
          "inskrivning 2 (barn 7 hos anordnare 556677-8899): '2026-13-01' är inte ett datum på formen ÅÅÅÅ-MM-DD" },
        // nested: a foster-home recruitment step with the allowed next steps
        { "cannot go from Utredning to Godkänd; allowed next: Avslutad, Pausad", "kan inte gå från Utredning till Godkänd; tillåtna nästa steg: Avslutad, Pausad" },
        // regex metacharacters in the literal text and in the values: ( ) . $ + ? * [ ] |
        { "the term ends (2027-01-01) before it starts (2027-06-01)", "avtalsperioden slutar (2027-01-01) innan den börjar (2027-06-01)" },
        { "'$1.00+?' is not an amount in kronor", "'$1.00+?' är inte ett belopp i kronor" },
        { "the rows sum to 12.50, not 0.00; a voucher must balance", "raderna summerar till 12.50, inte 0,00; en verifikation måste balansera" },
        { "'+' (age 100 or more) is used only in the 10-digit form", "'+' (100 år eller äldre) används bara i den tiosiffriga formen" },
        { "the header has no column 'name' (found: a|b, [c]*)", "rubrikraden saknar kolumnen 'name' (hittade: a|b, [c]*)" },
        // braces written in the message: the key has them doubled
        { "a line must start with a #label, '{' or '}', not 'x'", "en rad måste börja med en #etikett, '{' eller '}', inte 'x'" },
        // ambiguous: "{0} is not a whole number of öre" matches too, the key with more literal text wins
        { "year 2027: 10.005 is not a whole number of öre", "year 2027: 10.005 är inte ett helt antal öre" },
        { "10.005 is not a whole number of öre", "10.005 är inte ett helt antal öre" },
        // ambiguous: "{0} is negative" and "the value {0} is negative"
        { "the value -5,00 kr is negative", "värdet -5,00 kr är negativt" },
        // a one-word value is kept as written even when it is a key of its own ("Save" is "Spara" on a button)
        { "'Save' is not a number", "'Save' är inte ett tal" },
        // an empty value
        { "'' is not a year", "'' är inte ett år" },
        // a value on several lines
        { "'a\nb' is not a year", "'a\nb' är inte ett år" },
    };

    [Theory]
    [MemberData(nameof(RealMessages))]
    public void TranslateMessage_InSwedish_FillsTheSwedishTemplate(string english, string swedish)
    {
        using var _ = UiCulture.Swedish();
        Assert.Equal(swedish, Text.TranslateMessage(english));
        Assert.False(Text.MissingMessages.ContainsKey(english));
    }

    [Theory]
    [MemberData(nameof(RealMessages))]
    public void TranslateMessage_InEnglish_IsUnchanged(string english, string swedish)
    {
        using var _ = UiCulture.English();
        Assert.Equal(english, Text.TranslateMessage(english));
        Assert.NotEqual(swedish, english);
    }

    [Theory]
    [InlineData("Nobody has written this message 4711.")]
    [InlineData("Change everything at once")] // would fill "Change {0}", which is too short to be a message template
    [InlineData("the file has no rows, really")] // an exact key followed by more text is not that key
    public void TranslateMessage_Unknown_IsShownAsWrittenAndRecorded(string english)
    {
        using var _ = UiCulture.Swedish();
        Assert.Equal(english, Text.TranslateMessage(english));
        Assert.True(Text.MissingMessages.ContainsKey(english));
    }

    [Theory]
    // each part its own message
    [InlineData("a priority area is blank; '7' is not a year", "ett prioriterat område är tomt; '7' är inte ett år")]
    // a part that itself holds the separator is kept whole ("{0} has no pot; set the year's budget ...")
    [InlineData("2027 has no pot; set the year's budget before changing or promising money in it; a priority area is blank",
        "2027 har ingen pott; sätt årets budget innan pengar ändras eller utlovas i den; ett prioriterat område är tomt")]
    // one message alone
    [InlineData("not scored yet", "inte poängsatt än")]
    public void TranslateMessages_Joined_TranslatesEachMessage(string english, string swedish)
    {
        using var _ = UiCulture.Swedish();
        Assert.Equal(swedish, Text.TranslateMessages(english));
    }

    [Fact]
    public void TranslateMessages_WithAnUnknownPart_IsShownAsWrittenAndRecorded()
    {
        using var _ = UiCulture.Swedish();
        const string joined = "a priority area is blank; nobody wrote this 0815";
        Assert.Equal(joined, Text.TranslateMessages(joined));
        Assert.True(Text.MissingMessages.ContainsKey(joined));
    }

    [Fact]
    public void Templates_AreCompiledOnce_AndMatchQuickly()
    {
        Assert.Same(MessageTemplates.All, MessageTemplates.All);
        Assert.Contains(MessageTemplates.All, t => t.English == "a fee table takes effect on the first of a month, not {0}");
        using var _ = UiCulture.Swedish();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1_000; i++)
            Assert.StartsWith("inskrivning", Text.TranslateMessage($"enrollment {i} (child {i} at provider 556677-8899): Not a valid personnummer: month {i % 90 + 13} does not exist."), StringComparison.Ordinal);
        for (var i = 0; i < 1_000; i++) // a miss tries every template (without recording it as missing)
            Assert.False(MessageTemplates.TryTranslate($"enrollment {i} had an unknown problem number {i}", Swedish.Translations, MessageTemplates.All, out var _));
        // A miss tries all several hundred templates; compiled once and checked on their first and last words before
        // the pattern runs, 2,000 messages take well under a second on a quiet machine. The bound is loose because
        // the machine is shared: it catches patterns built per message, not a slow day.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"2,000 messages took {watch.Elapsed}");
    }

    public static TheoryData<string, string, string> Tables => new()
    {
        // the most literal characters win, whatever the order of the dictionary
        { "{0} together with {1}|{0} tillsammans med {1};{0} together with everything|{0} med allt", "apples together with everything", "apples med allt" },
        { "{0} together with everything|{0} med allt;{0} together with {1}|{0} tillsammans med {1}", "apples together with everything", "apples med allt" },
        // equal literal length: fewer placeholders first
        { "alpha {0}{1} omega|B;alpha {0} omega|A", "alpha 1 omega", "A" },
        // a placeholder used twice must hold the same value both times
        { "{0} equals {0}|{0} är lika med {0};{0} equals {1}|{0} och {1} är lika", "3 equals 3", "3 är lika med 3" },
        { "{0} equals {0}|{0} är lika med {0};{0} equals {1}|{0} och {1} är lika", "3 equals 4", "3 och 4 är lika" },
        // placeholders in another order in Swedish, and a format specifier in the key
        { "from {0:yyyy-MM-dd} to {1}|till {1} från {0}", "from 2026-01-01 to 2026-12-31", "till 2026-12-31 från 2026-01-01" },
        // anchored at both ends
        { "the value {0} is negative|värdet {0} är negativt", "so the value 5 is negative", "" },
        { "the value {0} is negative|värdet {0} är negativt", "the value 5 is negative\n", "" },
        // too little literal text to say anything about a message
        { "Change {0}|Ändra {0}", "Change everything", "" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void TryTranslate_WithOwnDictionary_PicksTheMostSpecificAnchoredTemplate(string table, string english, string expected)
    {
        var dictionary = table.Split(';').Select(e => e.Split('|')).ToDictionary(e => e[0], e => e[1]);
        var templates = MessageTemplates.Compile(dictionary);
        var found = MessageTemplates.TryTranslate(english, dictionary, templates, out var swedish);
        Assert.Equal(expected.Length > 0, found);
        Assert.Equal(expected.Length > 0 ? expected : english, swedish);
    }
}
