using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Samverka.Kernel;
using Samverka.Modules.PaymentFiles;
using static Samverka.Modules.Tests.PaymentFiles.PaymentFileExamples;

namespace Samverka.Modules.Tests.PaymentFiles;

public class Pain001WriterTests
{
    private static readonly XNamespace Ns = Pain001Writer.NamespaceUri;

    [Fact]
    public void Write_SeveralProviders_ValidatesAgainstSchema()
    {
        var directory = TemporaryDirectory();
        try
        {
            var path = Path.Combine(directory, "pain001.xml");
            Pain001Writer.WriteFile(SeveralProviders(), path);
            AssertValidAgainstSchema(path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Write_WithoutDebtorBicAndWithIbanDebtor_ValidatesAgainstSchema()
    {
        var batch = SeveralProviders() with
        {
            Debtor = Municipality with { Account = PaymentAccount.Iban(SwedishIban), Bic = null },
        };
        var directory = TemporaryDirectory();
        try
        {
            var path = Path.Combine(directory, "pain001.xml");
            Pain001Writer.WriteFile(batch, path);
            AssertValidAgainstSchema(path);
            Assert.Contains("<Id>NOTPROVIDED</Id>", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Build_SeveralProviders_CountsAndControlSumsMatchTransactions()
    {
        var batch = SeveralProviders();
        var document = Pain001Writer.Build(batch);

        var amounts = document.Descendants(Ns + "InstdAmt").Select(a => decimal.Parse(a.Value, CultureInfo.InvariantCulture)).ToList();
        var expectedSum = (148_250.50m + 1000m + 0.1m + 33_333.33m).ToString("0.00", CultureInfo.InvariantCulture);
        Assert.Equal(4, amounts.Count);
        Assert.Equal(batch.Payments.Sum(p => p.Amount.Amount), amounts.Sum());

        var header = document.Descendants(Ns + "GrpHdr").Single();
        var info = document.Descendants(Ns + "PmtInf").Single();
        Assert.Equal("4", header.Element(Ns + "NbOfTxs")!.Value);
        Assert.Equal(expectedSum, header.Element(Ns + "CtrlSum")!.Value);
        Assert.Equal("4", info.Element(Ns + "NbOfTxs")!.Value);
        Assert.Equal(expectedSum, info.Element(Ns + "CtrlSum")!.Value);
        Assert.All(document.Descendants(Ns + "InstdAmt"), a => Assert.Equal("SEK", a.Attribute("Ccy")!.Value));
    }

    [Theory]
    [InlineData("1000", "1000.00")]
    [InlineData("0.1", "0.10")]
    [InlineData("0.01", "0.01")]
    [InlineData("148250.5", "148250.50")]
    [InlineData("1000.000", "1000.00")] // trailing zeros are not öre
    public void Build_AnyAmount_IsWrittenWithExactlyTwoDecimals(string amount, string written)
    {
        var batch = SeveralProviders() with { Payments = [Payment(1, decimal.Parse(amount, CultureInfo.InvariantCulture))] };
        var document = Pain001Writer.Build(batch);
        Assert.Equal(written, document.Descendants(Ns + "InstdAmt").Single().Value);
        Assert.Equal(written, document.Descendants(Ns + "CtrlSum").First().Value);
    }

    [Fact]
    public void Build_Bankgiro_IsOthrIdWithBgnrAndBankgirotClearing()
    {
        var document = Pain001Writer.Build(SeveralProviders() with { Payments = [Payment(7, 10m, PaymentAccount.Bankgiro("5050-1055"))] });
        var transaction = document.Descendants(Ns + "CdtTrfTxInf").Single();
        var other = transaction.Element(Ns + "CdtrAcct")!.Element(Ns + "Id")!.Element(Ns + "Othr")!;
        Assert.Equal("50501055", other.Element(Ns + "Id")!.Value);
        Assert.Equal("BGNR", other.Element(Ns + "SchmeNm")!.Element(Ns + "Prtry")!.Value);
        var clearing = transaction.Element(Ns + "CdtrAgt")!.Descendants(Ns + "ClrSysMmbId").Single();
        Assert.Equal("SESBA", clearing.Descendants(Ns + "Cd").Single().Value);
        Assert.Equal("9900", clearing.Element(Ns + "MmbId")!.Value);
    }

    [Fact]
    public void Build_PlusgiroIbanAndOcr_AreWrittenAsSwedishBanksExpect()
    {
        var document = Pain001Writer.Build(SeveralProviders());
        var transactions = document.Descendants(Ns + "CdtTrfTxInf").ToList();

        Assert.Equal("PGNR", transactions[1].Descendants(Ns + "Prtry").Single().Value);
        Assert.Equal("9960", transactions[1].Descendants(Ns + "MmbId").Single().Value);
        Assert.Equal("SE4550000000058398257466", transactions[2].Descendants(Ns + "IBAN").Single().Value);
        Assert.Null(transactions[2].Element(Ns + "CdtrAgt"));
        var reference = transactions[3].Element(Ns + "RmtInf")!.Element(Ns + "Strd")!.Element(Ns + "CdtrRefInf")!;
        Assert.Equal("SCOR", reference.Descendants(Ns + "Cd").Single().Value);
        Assert.Equal(Ocr("2026110004"), reference.Element(Ns + "Ref")!.Value);
        Assert.Equal("Barnomsorgsbidrag 2026-11", transactions[0].Element(Ns + "RmtInf")!.Element(Ns + "Ustrd")!.Value);
    }

    [Fact]
    public void Build_SwedishLetters_AreKeptInUtf8()
    {
        var bytes = Pain001Writer.ToBytes(SeveralProviders());
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Föräldrakooperativet Ödåkra ek. för.", text, StringComparison.Ordinal);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_ElementOrder_FollowsTheSchemaSequence()
    {
        var document = Pain001Writer.Build(SeveralProviders());
        var info = document.Descendants(Ns + "PmtInf").Single();
        Assert.Equal(
            ["PmtInfId", "PmtMtd", "BtchBookg", "NbOfTxs", "CtrlSum", "PmtTpInf", "ReqdExctnDt", "Dbtr", "DbtrAcct", "DbtrAgt", "CdtTrfTxInf", "CdtTrfTxInf", "CdtTrfTxInf", "CdtTrfTxInf"],
            info.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            ["MsgId", "CreDtTm", "NbOfTxs", "CtrlSum", "InitgPty"],
            document.Descendants(Ns + "GrpHdr").Single().Elements().Select(e => e.Name.LocalName));
        Assert.Equal("2026-11-20T09:15:00+01:00", document.Descendants(Ns + "CreDtTm").Single().Value);
        Assert.Equal("2026-11-25", document.Descendants(Ns + "ReqdExctnDt").Single().Value);
    }

    [Fact]
    public void Build_SameBatchTwice_GivesTheSameBytes()
    {
        Assert.Equal(Pain001Writer.ToBytes(SeveralProviders()), Pain001Writer.ToBytes(SeveralProviders()));
    }

    [Theory]
    [InlineData("0", "Amount")]
    [InlineData("-100", "Amount")]
    [InlineData("100.005", "Amount")]
    public void Build_AmountNotPositiveWholeOre_IsRefused(string amount, string field)
    {
        var batch = SeveralProviders() with { Payments = [Payment(1, decimal.Parse(amount, CultureInfo.InvariantCulture))] };
        var problem = Assert.Single(Assert.Throws<InputProblemsException>(() => Pain001Writer.Build(batch)).Problems);
        Assert.EndsWith(field, problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteFile_PayeeWithoutBankgiro_IsRefusedAndNothingIsWritten()
    {
        var batch = SeveralProviders() with { Payments = [.. SeveralProviders().Payments, Payment(5, 500m) with { Account = null }] };
        var directory = TemporaryDirectory();
        try
        {
            var path = Path.Combine(directory, "pain001.xml");
            var problems = Assert.Throws<InputProblemsException>(() => Pain001Writer.WriteFile(batch, path)).Problems;
            var problem = Assert.Single(problems);
            Assert.Equal("Payments[5] (Förskolan Ängsö 5 AB).Account", problem.Field);
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Write_BadInput_WritesNothingToTheStream()
    {
        var batch = SeveralProviders() with { MessageId = new string('M', 36) };
        using var output = new MemoryStream();
        Assert.Throws<InputProblemsException>(() => Pain001Writer.Write(batch, output));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Build_SeveralProblems_AreAllReportedAtOnce()
    {
        var batch = new PaymentBatch(
            "SAMV 2026/11", // space and slash
            CreatedAt,
            Municipality with { Bic = "NOTABIC" },
            ExecutionDate,
            [
                Payment(1, 100m) with { EndToEndId = "E-" + new string('9', 34) }, // 36 characters
                Payment(2, 100m, PaymentAccount.Bankgiro("5050-1056")), // wrong check digit
                Payment(3, 100m, remittance: Remittance.Text(new string('x', 141))),
                Payment(4, 100m, remittance: Remittance.Ocr("12345")), // wrong check digit
                Payment(5, 100m) with { EndToEndId = "BARN-2026-11-0004" }, // same as payment 4
                Payment(6, 100m, name: "Förskolan \u201CSolen\u201D"), // typographic quotes
            ]);

        var fields = Assert.Throws<InputProblemsException>(() => Pain001Writer.Build(batch)).Problems.Select(p => p.Field).ToList();

        Assert.Equal(
            [
                "MessageId",
                "Debtor.Bic",
                "Payments[1] (Förskolan Ängsö 1 AB).EndToEndId",
                "Payments[2] (Förskolan Ängsö 2 AB).Account",
                "Payments[3] (Förskolan Ängsö 3 AB).Remittance",
                "Payments[4] (Förskolan Ängsö 4 AB).Remittance",
                "Payments[5] (Förskolan Ängsö 5 AB).EndToEndId",
                "Payments[6] (Förskolan \u201CSolen\u201D).PayeeName",
            ],
            fields);
    }

    [Fact]
    public void Build_IdOf35Characters_IsAccepted()
    {
        var batch = SeveralProviders() with { MessageId = new string('A', 35) };
        Assert.Equal(new string('A', 35), Pain001Writer.Build(batch).Descendants(Ns + "MsgId").Single().Value);
    }

    [Fact]
    public void Build_NoPayments_IsRefused()
    {
        var batch = SeveralProviders() with { Payments = [] };
        Assert.Equal("Payments", Assert.Single(Assert.Throws<InputProblemsException>(() => Pain001Writer.Build(batch)).Problems).Field);
    }

    [Fact]
    public void Build_PlusgiroAsDebtorAccount_IsRefused()
    {
        var batch = SeveralProviders() with { Debtor = Municipality with { Account = Plusgiro("123456") } };
        Assert.Equal("Debtor.Account", Assert.Single(Assert.Throws<InputProblemsException>(() => Pain001Writer.Build(batch)).Problems).Field);
    }

    [Theory]
    [InlineData("SE45 5000 0000 0583 9825 7467", false)] // check digits do not match
    [InlineData("SE4550000000058398257466", true)]
    [InlineData("se45 5000 0000 0583 9825 7466", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("SE45500000000583982574", false)] // too short for Sweden
    public void PaymentAccounts_Iban_ChecksDigitsAndSwedishLength(string iban, bool valid)
    {
        Assert.Equal(valid, PaymentAccounts.Normalise(PaymentAccount.Iban(iban), out _) is not null);
    }
}
