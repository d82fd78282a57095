using System.Text;
using Samverka.Kernel;
using Samverka.Modules.PaymentFiles;
using static Samverka.Modules.Tests.PaymentFiles.PaymentFileExamples;

namespace Samverka.Modules.Tests.PaymentFiles;

public class SieFileTests
{
    private static readonly SieDimension Ansvar = new(1, "Ansvar");
    private static readonly SieDimension Projekt = new(6, "Projekt");

    /// <summary>The November batch booked on one voucher, providers coded to responsibility (ansvar) and a project.</summary>
    private static SieExport NovemberExport(Func<CreditTransfer, PaymentCoding>? coding = null, IReadOnlyList<SieVoucher>? extraVouchers = null)
    {
        var batch = SeveralProviders();
        coding ??= p => new PaymentCoding(null, p.PayeeName.Contains("kooperativ", StringComparison.Ordinal)
            ? [new SieObjectRef(1, "4100"), new SieObjectRef(6, "P12")]
            : [new SieObjectRef(1, "4100")]);
        var voucher = PaymentVoucher.ForBatch(batch, "B", ExecutionDate, "Barnomsorgsbidrag 2026-11", PaymentVoucherAccounts.Default, coding);
        return new SieExport(
            "0.1.0",
            new DateOnly(2026, 11, 20),
            Municipality.OrganisationNumber,
            "Exempelby kommun",
            new DateOnly(2026, 1, 1),
            new DateOnly(2026, 12, 31),
            PaymentVoucher.AccountsUsed(PaymentVoucherAccounts.Default),
            [Ansvar, Projekt, new SieDimension(2, "Kostnadsbärare")],
            [new SieObject(1, "4100", "Förskoleverksamhet"), new SieObject(6, "P12", "Öppen förskola \"Ljuset\"")],
            [voucher, .. extraVouchers ?? []]);
    }

    [Fact]
    public void Write_PaymentMonth_ParsesBackWithTheSameVouchers()
    {
        var export = NovemberExport();
        var file = SieReader.Read(SieWriter.ToBytes(export), "november.si");

        Assert.Equal(0, file.Flag);
        Assert.Equal("Samverka", file.ProgramName);
        Assert.Equal("0.1.0", file.ProgramVersion);
        Assert.Equal("PC8", file.Format);
        Assert.Equal(4, file.SieType);
        Assert.Equal(new DateOnly(2026, 11, 20), file.GeneratedOn);
        Assert.Equal("212000-2627", file.OrganisationNumber);
        Assert.Equal("Exempelby kommun", file.CompanyName);
        Assert.Equal(new SieFiscalYear(0, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), Assert.Single(file.FiscalYears));
        Assert.Equal([new SieAccount("2440", "Leverantörsskulder"), new SieAccount("4590", "Övriga bidrag")], file.Accounts);
        Assert.Equal([Ansvar, Projekt], file.Dimensions); // dimension 2 is not used, so not written
        Assert.Equal(export.Objects, file.Objects);

        var written = Assert.Single(export.Vouchers);
        var read = Assert.Single(file.Vouchers);
        Assert.Equal((written.Series, written.Number, written.Date, written.Text), (read.Series, read.Number, read.Date, read.Text));
        Assert.Equal(written.Transactions.Count, read.Transactions.Count);
        foreach (var (w, r) in written.Transactions.Zip(read.Transactions))
        {
            Assert.Equal((w.Account, w.Amount, w.Date, w.Text), (r.Account, r.Amount, r.Date, r.Text));
            Assert.Equal(w.Objects, r.Objects);
        }
        Assert.True(read.IsBalanced);
    }

    [Fact]
    public void ForBatch_SeveralProviders_DebitsEachAndCreditsTheTotal()
    {
        var batch = SeveralProviders();
        var voucher = PaymentVoucher.ForBatch(batch, "B", ExecutionDate, "Barnomsorgsbidrag 2026-11", PaymentVoucherAccounts.Default);

        Assert.Equal(["4590", "4590", "4590", "4590", "2440"], voucher.Transactions.Select(t => t.Account));
        Assert.Equal(new Money(-(148_250.50m + 1000m + 0.1m + 33_333.33m)), voucher.Transactions[^1].Amount);
        Assert.Equal("Förskolan Ängsö 1 AB BARN-2026-11-0001", voucher.Transactions[0].Text);
        Assert.True(voucher.IsBalanced);
    }

    [Fact]
    public void Write_SwedishLetters_AreCodePage437Bytes()
    {
        var export = NovemberExport() with { CompanyName = "åäöÅÄÖé" };
        var bytes = SieWriter.ToBytes(export);

        byte[] expected = [(byte)'"', 0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, (byte)'"'];
        Assert.True(bytes.AsSpan().IndexOf(expected) >= 0, "#FNAMN in CP437");
        byte[] ovriga = [.. "#KONTO 4590 \""u8, 0x99, .. "vriga bidrag\""u8];
        Assert.True(bytes.AsSpan().IndexOf(ovriga) >= 0, "#KONTO 4590 \"Övriga bidrag\" in CP437");
        Assert.DoesNotContain((byte)0xC3, bytes); // no UTF-8 lead bytes for å ä ö
        Assert.Equal("åäöÅÄÖé", SieReader.Read(bytes, "x.si").CompanyName);
    }

    [Fact]
    public void Write_Header_IsInTheOrderSie4Gives()
    {
        var text = SieWriter.ToText(NovemberExport());
        var labels = text.Split("\r\n").Where(l => l.StartsWith('#')).Select(l => l.Split(' ')[0]).Distinct().ToList();
        Assert.Equal(["#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#ORGNR", "#FNAMN", "#RAR", "#DIM", "#OBJEKT", "#KONTO", "#VER"], labels);
        Assert.Contains("#RAR 0 20260101 20261231\r\n", text, StringComparison.Ordinal);
        Assert.Contains("#VER \"B\" \"\" 20261125 \"Barnomsorgsbidrag 2026-11\"\r\n{\r\n", text, StringComparison.Ordinal);
        Assert.Contains("   #TRANS 4590 {1 \"4100\" 6 \"P12\"} 0.10 20261125 \"Föräldrakooperativet Ödåkra ek. för. BARN-2026-11-0003\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("   #TRANS 4590 {1 \"4100\"} 1000.00 ", text, StringComparison.Ordinal);
        Assert.Contains("   #TRANS 2440 {} -182583.93 20261125 \"Barnomsorgsbidrag 2026-11\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("#OBJEKT 6 \"P12\" \"Öppen förskola \\\"Ljuset\\\"\"\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("}\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RowWithTextButNoDate_WritesAnEmptyDateBeforeTheText()
    {
        var voucher = new SieVoucher("A", 3, new DateOnly(2026, 11, 30), "Omföring",
            [new SieTransaction("4590", [], new Money(250m), Text: "Rad"), new SieTransaction("2440", [], new Money(-250m))]);
        var text = SieWriter.ToText(NovemberExport() with { Vouchers = [voucher] });

        Assert.Contains("#VER \"A\" 3 20261130 \"Omföring\"\r\n{\r\n   #TRANS 4590 {} 250.00 \"\" \"Rad\"\r\n   #TRANS 2440 {} -250.00\r\n}\r\n", text, StringComparison.Ordinal);
        var read = Assert.Single(SieReader.ReadText(text, "a.si").Vouchers);
        Assert.Equal((int?)3, read.Number);
        Assert.Equal((null, "Rad"), (read.Transactions[0].Date, read.Transactions[0].Text));
        Assert.Equal((null, null), (read.Transactions[1].Date, read.Transactions[1].Text));
    }

    [Fact]
    public void ForBatch_BatchTheBankWouldRefuse_IsRefused()
    {
        var batch = SeveralProviders() with { Payments = [Payment(1, -10m)] };
        Assert.Throws<InputProblemsException>(() => PaymentVoucher.ForBatch(batch, "B", ExecutionDate, "x", PaymentVoucherAccounts.Default));
    }

    [Fact]
    public void Write_UnbalancedVoucher_IsRefusedAndNothingIsWritten()
    {
        var unbalanced = new SieVoucher("B", 7, new DateOnly(2026, 11, 25), "Rättelse",
            [new SieTransaction("4590", [], new Money(100m)), new SieTransaction("2440", [], new Money(-99.99m))]);
        var export = NovemberExport(extraVouchers: [unbalanced]);
        var directory = TemporaryDirectory();
        try
        {
            var path = Path.Combine(directory, "november.si");
            var problem = Assert.Single(Assert.Throws<InputProblemsException>(() => SieWriter.WriteFile(export, path)).Problems);
            Assert.Equal("Vouchers[2].Transactions", problem.Field);
            Assert.Contains("0.01", problem.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Write_BrokenExport_ReportsEveryProblem()
    {
        var bad = new SieVoucher("B", null, new DateOnly(2027, 1, 5), "Nästa år",
        [
            new SieTransaction("4591", [new SieObjectRef(1, "9999"), new SieObjectRef(9, "X")], new Money(10.005m)),
            new SieTransaction("2440", [], new Money(-10.005m), Text: "Tabb\tinne"),
        ]);
        var export = NovemberExport(extraVouchers: [bad]) with { CompanyName = "Łódź kommun" };

        var fields = Assert.Throws<InputProblemsException>(() => SieWriter.ToBytes(export)).Problems.Select(p => p.Field).ToList();

        Assert.Equal(
            [
                "CompanyName",
                "Vouchers[2].Date",
                "Vouchers[2].Transactions[1].Account",
                "Vouchers[2].Transactions[1].Amount",
                "Vouchers[2].Transactions[1].Objects", // object 1 9999 not named
                "Vouchers[2].Transactions[1].Objects", // dimension 9 not named
                "Vouchers[2].Transactions[1].Objects", // object 9 X not named
                "Vouchers[2].Transactions[2].Amount",
                "Vouchers[2].Transactions[2].Text",
            ],
            fields);
    }

    [Fact]
    public void Read_RealWorldStyleFile_ReadsVouchersAndSkipsWhatItDoesNotNeed()
    {
        // As accounting programs write them: integer and one-decimal amounts, #RAR without dates, tabs, bare object
        // ids, #RTRANS/#BTRANS beside their #TRANS, a voucher number of 0, balances and a checksum line.
        const string text =
            "#FLAGGA 0\r\n" +
            "#PROGRAM \"Bokf\u00F6ringsprogram X\" \"2011.2\"\r\n" +
            "#FORMAT PC8\r\n" +
            "#GEN 20111101 1\r\n" +
            "#SIETYP 4\r\n" +
            "#FNAMN \"S\u00F6der \u00C5kers\u00E4ng AB\"\r\n" +
            "#RAR 0  \r\n" +
            "#DIM 1 \"Kostnadsst\u00E4lle\"\r\n" +
            "#IB 0 1930 12000.00\r\n" +
            "#VER \"\" 0 20110824 \"Kundfakt 2452 - 2455\"\r\n" +
            "{\r\n" +
            "#TRANS 1510  {} 1063 20110824 \"\" \r\n" +
            "#TRANS\t1510\t{1 20}\t1000 20110824 \"[2452] ENTREPRISE \\\"BENGTSSON\\\"\"\r\n" +
            "#BTRANS 3010 {} -99 20110824\r\n" +
            "#RTRANS 3010 {} -1850 20110824 \"\"\r\n" +
            "#TRANS 3010 {} -1850 20110824 \"\"\r\n" +
            "#TRANS 2610  {} -212.5 20110824 \"\" \r\n" +
            "#TRANS 3740  {} -0.5\r\n" +
            "}\r\n" +
            "#VER A 12 20110825 Bank\n" +
            "{\n" +
            "#TRANS 1930 {} 500\n" +
            "#TRANS 1510 {} -500\n" +
            "}\n" +
            "#KSUMMA 1234567\r\n";
        var file = SieReader.Read(SieEncoding.Pc8.GetBytes(text), "bl.si");

        Assert.Equal("S\u00F6der \u00C5kers\u00E4ng AB", file.CompanyName);
        Assert.Equal(new SieFiscalYear(0, null, null), Assert.Single(file.FiscalYears));
        Assert.Equal("Kostnadsst\u00E4lle", Assert.Single(file.Dimensions).Name);
        Assert.Equal(2, file.Vouchers.Count);
        var first = file.Vouchers[0];
        Assert.Equal(("", (int?)0), (first.Series, first.Number));
        Assert.Equal(["1510", "1510", "3010", "2610", "3740"], first.Transactions.Select(t => t.Account));
        Assert.Equal(new Money(-212.5m), first.Transactions[3].Amount);
        Assert.Equal([new SieObjectRef(1, "20")], first.Transactions[1].Objects);
        Assert.Equal("[2452] ENTREPRISE \"BENGTSSON\"", first.Transactions[1].Text);
        Assert.Null(first.Transactions[4].Date);
        Assert.All(file.Vouchers, v => Assert.True(v.IsBalanced, $"voucher {v.Series} {v.Number}"));
        Assert.Equal(("A", (int?)12, "Bank"), (file.Vouchers[1].Series, file.Vouchers[1].Number, file.Vouchers[1].Text));
    }

    [Fact]
    public void Read_UnbalancedVoucher_IsReadAndShowsItsBalance()
    {
        var bytes = Encoding.ASCII.GetBytes("#VER A 1 20260101 \"x\"\n{\n#TRANS 1930 {} 100.00\n#TRANS 2440 {} -90.00\n}\n");
        var voucher = Assert.Single(SieReader.Read(bytes, "u.si").Vouchers);
        Assert.False(voucher.IsBalanced);
        Assert.Equal(new Money(10m), voucher.Balance);
    }

    [Fact]
    public void Read_MalformedLines_AreReportedWithLineNumbers()
    {
        var bytes = Encoding.ASCII.GetBytes(
            "#FLAGGA 0\n" +
            "#VER A 1 2026-01-01 \"x\"\n" + // line 2: wrong date form
            "#TRANS 1930 {} 100.00\n" + // line 3: outside a voucher
            "#VER A 2 20260101 \"unterminated\n" + // line 4: quote not closed
            "#VER A 3 20260101 \"y\"\n" +
            "{\n" +
            "#TRANS 1930 {1} 1,5\n" + // line 7: odd object list
            "#TRANS 1930 {} 1,5\n" + // line 8: comma decimal
            "}\n");
        var problems = Assert.Throws<InputProblemsException>(() => SieReader.Read(bytes, "bad.si")).Problems;
        Assert.Equal([2, 3, 4, 7, 8], problems.Select(p => p.Line ?? 0));
        Assert.All(problems, p => Assert.Equal("bad.si", p.Source));
    }

    [Fact]
    public void Quote_QuotesAndBackslashes_AreEscapedAndReadBack()
    {
        const string awkward = "Föreningen \"Ung\\Gammal\" {100%}";
        var export = NovemberExport() with { CompanyName = awkward };
        Assert.Contains("#FNAMN \"Föreningen \\\"Ung\\\\Gammal\\\" {100%}\"", SieWriter.ToText(export), StringComparison.Ordinal);
        Assert.Equal(awkward, SieReader.Read(SieWriter.ToBytes(export), "q.si").CompanyName);
    }

    [Fact]
    public void Encoding_CodePage437_IsAvailable()
    {
        Assert.Equal(437, SieEncoding.Pc8.CodePage);
        Assert.Equal([0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99], SieEncoding.Pc8.GetBytes("åäöÅÄÖ"));
    }
}
