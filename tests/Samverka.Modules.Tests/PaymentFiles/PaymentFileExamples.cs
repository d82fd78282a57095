using System.Diagnostics;
using System.Globalization;
using Samverka.Kernel;
using Samverka.Modules.PaymentFiles;
using Samverka.Testing;

namespace Samverka.Modules.Tests.PaymentFiles;

/// <summary>Batches, numbers and tools the payment-file tests share.</summary>
internal static class PaymentFileExamples
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 20, 9, 15, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly ExecutionDate = new(2026, 11, 25);

    /// <summary>A valid organisation number made from nine digits and their Luhn check digit.</summary>
    public static Organisationsnummer OrgNr(string nineDigits) =>
        Organisationsnummer.Parse(nineDigits + Luhn.CheckDigit(nineDigits).ToString(CultureInfo.InvariantCulture));

    /// <summary>A valid bankgiro number (7 or 8 digits) made from its payload.</summary>
    public static PaymentAccount Bankgiro(string payload) =>
        PaymentAccount.Bankgiro(payload + Luhn.CheckDigit(payload).ToString(CultureInfo.InvariantCulture));

    /// <summary>A valid plusgiro number made from its payload.</summary>
    public static PaymentAccount Plusgiro(string payload) =>
        PaymentAccount.Plusgiro(payload + Luhn.CheckDigit(payload).ToString(CultureInfo.InvariantCulture));

    /// <summary>A valid OCR reference made from its payload.</summary>
    public static string Ocr(string payload) => payload + Luhn.CheckDigit(payload).ToString(CultureInfo.InvariantCulture);

    /// <summary>The standard example Swedish IBAN (valid check digits).</summary>
    public const string SwedishIban = "SE45 5000 0000 0583 9825 7466";

    public static PaymentDebtor Municipality { get; } =
        new("Exempelby kommun", Organisationsnummer.Parse("212000-2627"), Bankgiro("505010"), "ESSESESS");

    public static CreditTransfer Payment(int n, decimal amount, PaymentAccount? account = null, Remittance? remittance = null, string? name = null) =>
        new(name ?? $"Förskolan Ängsö {n} AB",
            OrgNr($"55610{n:D4}"),
            account ?? Bankgiro($"{n:D3}1234"),
            new Money(amount),
            $"BARN-2026-11-{n:D4}",
            remittance ?? Remittance.Text("Barnomsorgsbidrag 2026-11"));

    /// <summary>Four providers: bankgiro, plusgiro, IBAN and an OCR reference.</summary>
    public static PaymentBatch SeveralProviders() =>
        new("SAMV-2026-11-0001", CreatedAt, Municipality, ExecutionDate,
        [
            Payment(1, 148_250.50m),
            Payment(2, 1000m, Plusgiro("123456")),
            Payment(3, 0.1m, PaymentAccount.Iban(SwedishIban), name: "Föräldrakooperativet Ödåkra ek. för."),
            Payment(4, 33_333.33m, remittance: Remittance.Ocr(Ocr("2026110004"))),
        ]);

    public static string SchemaPath => RepositoryPaths.SharedFile("schemas", "iso20022", "pain.001.001.03.xsd");

    /// <summary>Validates <paramref name="xmlFile"/> against the pain.001.001.03 schema with xmllint; skips the test
    /// (never passes silently) when xmllint or the schema is not there.</summary>
    public static void AssertValidAgainstSchema(string xmlFile)
    {
        const string xmllint = "/usr/bin/xmllint";
        if (!File.Exists(xmllint)) Assert.Skip($"{xmllint} is not installed, so the file cannot be validated against the schema.");
        if (!File.Exists(SchemaPath)) Assert.Skip($"The schema {SchemaPath} is not there (../shared beside the repository).");
        var start = new ProcessStartInfo(xmllint) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--noout", "--schema", SchemaPath, xmlFile }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"xmllint exit {process.ExitCode}: {errors}");
    }

    /// <summary>A fresh, empty directory for files a test writes.</summary>
    public static string TemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "samverka-payfiles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
